import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { loadArticleSources } from "../../src/articles/load.ts";
import { storedBody } from "../../src/articles/stored-bodies.ts";
import { createMarkdownRenderer } from "../../src/markdown/render.ts";
import { openRenderCache } from "../../src/markdown/render-cache.ts";
import { openSiteRenderer } from "../../src/site/site-renderer.ts";
import { openThreadPool } from "../../src/util/thread-pool.ts";
import { textsInMemory, type TextStore } from "../../src/util/text-store.ts";
import { cacheIn } from "../helpers/build-cache.ts";
import { temporaryFolder } from "../helpers/site.ts";

const BODIES = ["## One\n\nA “first” body.", "Second body with [a link](/world/).", "A “first” body.", "## One\n\nA “first” body."];

/** A text store that counts how often a kept text is read back. */
function countingTexts(): { texts: TextStore; reads: () => number } {
  const memory = textsInMemory();
  let reads = 0;
  const texts: TextStore = {
    put(text) {
      const kept = memory.put(text);
      return {
        hash: kept.hash,
        text: () => {
          reads += 1;
          return kept.text();
        },
        toJSON: () => kept.hash,
      };
    },
    close: () => memory.close(),
  };
  return { texts, reads: () => reads };
}

/** The bodies as a build loads them: each kept in `texts`. */
async function sourcesIn(folder: string, texts: TextStore) {
  mkdirSync(path.join(folder, "articles"), { recursive: true });
  for (const [index, body] of BODIES.entries()) {
    writeFileSync(
      path.join(folder, "articles", `story-${index}.md`),
      `---\ntitle: Story ${index}\ndate: 2026-01-01\nsection: world\n---\n\n${body}\n`,
    );
  }
  const { articles } = await loadArticleSources(path.join(folder, "articles"), ["world"], (file) => path.relative(folder, file), { texts });
  return articles;
}

describe("the site renderer", () => {
  it("renders ahead on the build's threads what the cache lacks, each rendering as this thread makes it", async () => {
    const folder = temporaryFolder();
    const sources = await sourcesIn(folder, textsInMemory());
    const pool = openThreadPool({ threads: 1, threshold: 0 });
    try {
      const renderer = openSiteRenderer(await openRenderCache(cacheIn(folder), { embedHosts: [] }), { embedHosts: [], pool });
      await renderer.prepare(sources);
      const direct = createMarkdownRenderer({ embedHosts: [] });
      for (const source of sources) {
        const rendered = renderer.render(storedBody(source));
        assert.equal(rendered.html.text(), direct(source.body).html);
        assert.equal(rendered.text.text(), direct(source.body).text);
      }
    } finally {
      pool.close();
    }
  });

  it("reads no body that the render cache holds, to render it ahead or to hand it out", async () => {
    const folder = temporaryFolder();
    const filling = await openRenderCache(cacheIn(folder), { embedHosts: [] });
    const filler = openSiteRenderer(filling, { embedHosts: [] });
    for (const source of await sourcesIn(temporaryFolder(), textsInMemory())) filler.render(storedBody(source));
    await filling.save();
    const { texts, reads } = countingTexts();
    const sources = await sourcesIn(temporaryFolder(), texts);
    const pool = openThreadPool({ threads: 1, threshold: 0 });
    try {
      const renderer = openSiteRenderer(await openRenderCache(cacheIn(folder), { embedHosts: [] }), { embedHosts: [], pool });
      await renderer.prepare(sources);
      const html = sources.map((source) => renderer.render(storedBody(source)).html.text());
      assert.equal(html[0], html[3]);
      assert.equal(reads(), 0);
    } finally {
      pool.close();
    }
  });
});
