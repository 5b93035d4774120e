import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { describe, it } from "node:test";
import { buildSearchIndex, type SearchDocument } from "../../src/search/search-index.ts";
import { buildSearchIndexCached } from "../../src/search/term-cache.ts";
import { temporaryFolder } from "../helpers/site.ts";
import { SHARD_EXTENSION } from "../../src/cache/shard-store.ts";

const documents: SearchDocument[] = Array.from({ length: 12 }, (_, id) => ({
  url: `/news/story-${id}/`,
  title: `Harbour story ${id}`,
  section: "News",
  displayDate: "June 1, 2026",
  dateTime: "2026-06-01T00:00:00Z",
  excerpt: `Excerpt ${id}.`,
  text: `Café Zürich reopened, harbour harbour ${"word ".repeat(id)}tide${id % 3}.`,
}));

describe("the search term cache", () => {
  it("gives the uncached index, cold and after a document changed, with its terms kept between builds", async () => {
    const cache = { dir: temporaryFolder(), scope: "content" };
    assert.deepEqual(await buildSearchIndexCached(documents, cache), buildSearchIndex(documents));
    assert.ok(readdirSync(cache.dir, { recursive: true, encoding: "utf8" }).some((name) => name.endsWith(SHARD_EXTENSION)), "terms are kept");

    const edited = documents.map((document, id) => (id === 4 ? { ...document, title: "Ferry strike", text: "Ferries stopped; the harbour is quiet." } : document));
    assert.deepEqual(await buildSearchIndexCached(edited, cache), buildSearchIndex(edited));
  });

  it("builds without a cache when caching is off", async () => {
    assert.deepEqual(await buildSearchIndexCached(documents, undefined), buildSearchIndex(documents));
  });
});
