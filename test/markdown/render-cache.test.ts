import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { RenderedBody } from "../../src/markdown/render.ts";
import { markdownText, openRenderCache, type Markdown } from "../../src/markdown/render-cache.ts";
import { textsInMemory } from "../../src/util/text-store.ts";
import { cacheIn } from "../helpers/build-cache.ts";
import { temporaryFolder } from "../helpers/site.ts";

/** A renderer that wraps the Markdown in a paragraph and counts its calls. */
function countingRenderer(): { render: (markdown: Markdown) => RenderedBody; renders: () => number } {
  let renders = 0;
  const render = (stored: Markdown): RenderedBody => {
    const markdown = markdownText(stored);
    renders += 1;
    return { html: `<p>${markdown}</p>`, text: markdown, words: 1, headings: [], idConflicts: [], images: [] };
  };
  return { render, renders: () => renders };
}

describe("the render cache", () => {
  it("answers a repeated body from the store instead of rendering it again, across openings", async () => {
    const dir = temporaryFolder();
    const { render, renders } = countingRenderer();
    const first = await openRenderCache(cacheIn(dir), { embedHosts: [] });
    assert.equal(first.wrap(render)("one").html.text(), "<p>one</p>");
    await first.save();
    const second = await openRenderCache(cacheIn(dir), { embedHosts: [] });
    assert.equal(second.wrap(render)("one").html.text(), "<p>one</p>");
    assert.equal(renders(), 1);
  });

  it("does not reuse bodies rendered with other site options", async () => {
    const dir = temporaryFolder();
    const render =
      (hosts: string) =>
      (markdown: Markdown): RenderedBody => ({
        html: `${hosts}:${markdownText(markdown)}`,
        text: markdownText(markdown),
        words: 2,
        headings: [],
        idConflicts: [],
        images: [],
      });
    const withVideo = await openRenderCache(cacheIn(dir), { embedHosts: ["video.example"] });
    withVideo.wrap(render("video"))("same body");
    await withVideo.save();
    const without = await openRenderCache(cacheIn(dir), { embedHosts: [] });
    assert.equal(without.wrap(render("none"))("same body").html.text(), "none:same body");
  });

  it("says which bodies it holds, and renders one it was asked about but does not hold", async () => {
    const dir = temporaryFolder();
    const { render, renders } = countingRenderer();
    const first = await openRenderCache(cacheIn(dir), { embedHosts: [] });
    assert.equal(first.has("one"), false);
    assert.equal(first.wrap(render)("one").html.text(), "<p>one</p>");
    assert.equal(first.has("one"), true);
    assert.equal(first.has("two"), false);
    assert.equal(first.wrap(render)("two").html.text(), "<p>two</p>");
    assert.equal(first.wrap(render)("one").html.text(), "<p>one</p>");
    assert.equal(renders(), 2);
  });

  it("finds a stored body by its hash without reading it, and shares its entry with the same body as a string", async () => {
    const dir = temporaryFolder();
    const { render, renders } = countingRenderer();
    const first = await openRenderCache(cacheIn(dir), { embedHosts: [] });
    first.wrap(render)("one");
    await first.save();
    let reads = 0;
    const stored = textsInMemory().put("one");
    const counted = {
      hash: stored.hash,
      text: () => {
        reads += 1;
        return stored.text();
      },
      toJSON: () => stored.hash,
    };
    const second = await openRenderCache(cacheIn(dir), { embedHosts: [] });
    assert.equal(second.has(counted), true);
    assert.equal(second.wrap(render)(counted).html.text(), "<p>one</p>");
    assert.equal(reads, 0);
    assert.equal(renders(), 1);
    // A body the cache lacks is read to be rendered.
    const other = textsInMemory().put("two");
    assert.equal(second.wrap(render)(other).html.text(), "<p>two</p>");
    assert.equal(renders(), 2);
  });
});
