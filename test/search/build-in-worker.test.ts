import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildSearchIndexInBackground } from "../../src/search/build-in-worker.ts";
import { buildSearchIndex, type SearchDocument } from "../../src/search/search-index.ts";

const documents: SearchDocument[] = Array.from({ length: 30 }, (_, id) => ({
  url: `/news/story-${id}/`,
  title: `Story ${id} about the harbour`,
  section: "News",
  displayDate: "June 1, 2026",
  dateTime: "2026-06-01T00:00:00Z",
  excerpt: `Excerpt ${id}.`,
  text: `Body ${id} with Zürich and word${id % 7}.`,
}));

describe("building the search index in the background", () => {
  it("gives the same files on a worker thread as in the build's own thread", async () => {
    assert.deepEqual(await buildSearchIndexInBackground(documents, 0), buildSearchIndex(documents));
  });

  it("builds a small site's index without starting a worker", async () => {
    assert.deepEqual(await buildSearchIndexInBackground(documents, documents.length + 1), buildSearchIndex(documents));
  });
});
