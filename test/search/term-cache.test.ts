import assert from "node:assert/strict";
import { copyFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { buildSearchIndex, type SearchDocument } from "../../src/search/search-index.ts";
import { buildSearchIndexCached } from "../../src/search/term-cache.ts";
import { cacheIn } from "../helpers/build-cache.ts";
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
    const cache = cacheIn(temporaryFolder());
    assert.deepEqual(await buildSearchIndexCached(documents, cache), buildSearchIndex(documents));
    assert.ok(
      readdirSync(cache.settings.dir, { recursive: true, encoding: "utf8" }).some((name) => name.endsWith(SHARD_EXTENSION)),
      "terms are kept",
    );

    const edited = documents.map((document, id) =>
      id === 4 ? { ...document, title: "Ferry strike", text: "Ferries stopped; the harbour is quiet." } : document,
    );
    assert.deepEqual(await buildSearchIndexCached(edited, cache), buildSearchIndex(edited));
  });

  it("never reads kept term numbers against a vocabulary they were not numbered in", async () => {
    const cache = cacheIn(temporaryFolder());
    await buildSearchIndexCached(documents, cache);
    const vocabulary = vocabularyFile(cache.settings.dir);
    const before = path.join(temporaryFolder(), "vocabulary.v8");
    copyFileSync(vocabulary, before);
    const edited = documents.map((document, id) =>
      id === 7 ? { ...document, title: "Lighthouse keeper retires", text: "Gulls, fog and a lantern." } : document,
    );
    await buildSearchIndexCached(edited, cache);

    // Another build sharing the cache saved its own vocabulary last: the edited document's numbers are not in it.
    copyFileSync(before, vocabulary);
    assert.deepEqual(await buildSearchIndexCached(edited, cache), buildSearchIndex(edited));

    writeFileSync(vocabulary, "not a vocabulary");
    assert.deepEqual(await buildSearchIndexCached(edited, cache), buildSearchIndex(edited));
  });

  it("builds without a cache when caching is off", async () => {
    assert.deepEqual(await buildSearchIndexCached(documents, undefined), buildSearchIndex(documents));
  });
});

function vocabularyFile(cacheDir: string): string {
  const found = readdirSync(cacheDir, { recursive: true, encoding: "utf8" }).filter((name) => path.basename(name) === "vocabulary.v8");
  assert.equal(found.length, 1, "one vocabulary is kept");
  return path.join(cacheDir, found[0] as string);
}
