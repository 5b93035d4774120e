import assert from "node:assert/strict";
import { cpSync, rmSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { asRendering } from "../../src/markdown/body-rendering.ts";
import { createMarkdownRenderer } from "../../src/markdown/render.ts";
import { markdownText } from "../../src/markdown/render-cache.ts";
import { bodyTextFromFiles } from "../../src/site/body-text.ts";
import { createArticleDeriver } from "../../src/site/derive-article.ts";
import { readContent } from "../../src/site/read-content.ts";
import { fixture, temporaryFolder } from "../helpers/site.ts";

const buildTime = new Date("2026-06-01T00:00:00Z");

/** The articles and their body text as the whole-site load derives them. */
async function derivedFrom(inputDir: string, cwd: string) {
  const { data, articles: sources } = await readContent({ inputDir, cwd });
  assert.ok(data);
  const render = createMarkdownRenderer({ embedHosts: data.site.embedHosts });
  const derive = createArticleDeriver({
    data,
    buildTime,
    preview: true,
    render: (markdown) => asRendering(render(markdownText(markdown))),
  });
  const derived = sources.flatMap((source) => derive(source) ?? []);
  return {
    render,
    articles: derived.map((entry) => entry.article),
    texts: new Map(derived.map((entry) => [entry.article.url, entry.text.text()])),
  };
}

describe("bodyTextFromFiles", () => {
  it("makes each article's body text again from its file, as the load derived it", async () => {
    const cwd = temporaryFolder();
    cpSync(fixture("distribution-news"), path.join(cwd, "content"), { recursive: true });
    const { render, articles, texts } = await derivedFrom("content", cwd);
    assert.ok(articles.length > 2 && [...texts.values()].every((text) => text.length > 0));
    assert.deepEqual(bodyTextFromFiles(articles, cwd, render), texts);
  });

  it("gives no text for an article whose file is gone", async () => {
    const cwd = temporaryFolder();
    cpSync(fixture("drafts"), path.join(cwd, "content"), { recursive: true });
    const { render, articles } = await derivedFrom("content", cwd);
    const [gone, ...kept] = articles;
    assert.ok(gone && kept.length > 0);
    rmSync(path.join(cwd, gone.file));
    const texts = bodyTextFromFiles(articles, cwd, render);
    assert.equal(texts.get(gone.url), "");
    assert.ok(kept.every((article) => (texts.get(article.url) ?? "").length > 0));
  });
});
