import assert from "node:assert/strict";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { DerivedArticles } from "../../src/articles/derived-articles.ts";
import { ParsedArticles } from "../../src/articles/load.ts";
import { inParts, loadSite } from "../../src/site/load-site.ts";
import { fixture, PROJECT_ROOT, temporaryFolder } from "../helpers/site.ts";

describe("loadSite with remembered sources", () => {
  it("keeps the Markdown of sources that a parse memo gives it again at the next load", async () => {
    const options = {
      inputDir: fixture("drafts"),
      buildTime: new Date("2026-06-01T00:00:00Z"),
      preview: false,
      cwd: PROJECT_ROOT,
      parsed: new ParsedArticles(),
    };
    const first = await loadSite(options);
    const second = await loadSite(options);
    assert.ok(second.articles.length > 0);
    assert.deepEqual(
      second.articles.map((article) => article.html.text()),
      first.articles.map((article) => article.html.text()),
    );
    assert.ok(second.articles.every((article) => article.html.text().length > 0));
  });
});

describe("loadSite in the preview server", () => {
  it("keeps each article's Markdown, which it renders again when the article's inputs change", async () => {
    const input = path.join(temporaryFolder(), "content");
    cpSync(fixture("drafts"), input, { recursive: true });
    const options = {
      inputDir: input,
      buildTime: new Date("2026-06-01T00:00:00Z"),
      preview: true,
      cwd: PROJECT_ROOT,
      parsed: new ParsedArticles(),
      derived: new DerivedArticles(),
    };
    const first = await loadSite(options);
    const sections = path.join(input, "_data/sections.json");
    writeFileSync(sections, readFileSync(sections, "utf8").replace('"title": "World"', '"title": "World news"'));
    const second = await loadSite(options);
    const renamed = second.articles.filter((article) => article.section === "world");
    assert.ok(renamed.length > 0 && renamed.every((article) => article.sectionTitle === "World news"), "derived again for the new title");
    for (const article of renamed) {
      assert.equal(article.html.text(), first.articles.find((before) => before.url === article.url)?.html.text());
      assert.ok(article.html.text().length > 0);
    }
  });
});

describe("inParts", () => {
  it("gives every part's items in order, even a part of more items than a call can take as arguments", async () => {
    const large = Array.from({ length: 200_000 }, (_, index) => index + 2);
    const made = await inParts([() => [0, 1], () => large, () => []], undefined);
    assert.equal(made.length, 200_002);
    assert.deepEqual(made.slice(0, 4), [0, 1, 2, 3]);
    assert.equal(made.at(-1), 200_001);
  });

  it("runs no part after the checkpoint that finds its signal aborted", async () => {
    const stale = new AbortController();
    const ran: string[] = [];
    const parts = [
      () => {
        ran.push("first");
        stale.abort(new Error("a newer save"));
        return [1];
      },
      () => {
        ran.push("second");
        return [2];
      },
    ];
    await assert.rejects(inParts(parts, stale.signal), /a newer save/);
    assert.deepEqual(ran, ["first"]);
  });
});
