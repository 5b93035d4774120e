import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it } from "node:test";
import {
  buildSearchIndexInBackground,
  indexedCharacters,
  startSearchIndexer,
  workerHeapMegabytes,
} from "../../src/search/build-in-worker.ts";
import { buildSearchIndex, type SearchDocument, type SearchIndexFile } from "../../src/search/search-index.ts";
import { documentArray } from "../../src/search/search-documents.ts";
import { textHash } from "../../src/util/text-store.ts";
import { cacheIn } from "../helpers/build-cache.ts";
import { temporaryFolder } from "../helpers/site.ts";

const documents: SearchDocument[] = Array.from({ length: 30 }, (_, id) => ({
  url: `/news/story-${id}/`,
  title: `Story ${id} about the harbour`,
  section: "News",
  displayDate: "June 1, 2026",
  dateTime: "2026-06-01T00:00:00Z",
  excerpt: `Excerpt ${id}.`,
  text: `Body ${id} with Zürich and word${id % 7}.`,
}));

const asText = (files: readonly SearchIndexFile[]) =>
  files.map(({ url, body }) => ({ url, body: typeof body === "string" ? body : new TextDecoder().decode(body) }));

describe("building the search index in the background", () => {
  it("gives the same files on a worker thread as in the build's own thread, as UTF-8 bytes moved out of the worker", async () => {
    const files = await buildSearchIndexInBackground(documents, { threshold: 0 });
    assert.ok(files.every((file) => file.body instanceof Uint8Array));
    assert.deepEqual(asText(files), asText(buildSearchIndex(documents)));
  });

  it("hands the worker thousands of documents, in chunks, in their order", async () => {
    const many = Array.from({ length: 2_345 }, (_, id) => ({
      ...documents[id % documents.length]!,
      url: `/news/many-${id}/`,
      text: `Body ${id} word${id % 97}.`,
    }));
    assert.deepEqual(asText(await buildSearchIndexInBackground(many, { threshold: 0 })), asText(buildSearchIndex(many)));
  });

  it("ends the worker when a chunk of documents cannot be made, so that a failed build's process exits", () => {
    // In a process of its own: a worker left waiting would keep it alive, which only its exit shows.
    const module = fileURLToPath(new URL("../../src/search/build-in-worker.ts", import.meta.url));
    const folder = temporaryFolder("newsroom-indexer-");
    const script = path.join(folder, "fail.ts");
    writeFileSync(
      script,
      `import { startSearchIndexer } from ${JSON.stringify(module)};
const documents = {
  length: 3_000,
  heads(start: number, end: number) {
    if (start >= 1_000) throw new Error("the spill file is closed");
    return Array.from({ length: end - start }, (_, id) => ({ url: "/n/" + (start + id) + "/", title: "T", section: "S", displayDate: "", dateTime: "", excerpt: "", text: "word" }));
  },
  slice: () => [],
  text: () => "word",
};
const indexer = startSearchIndexer({ documents: 3_000, characters: 12_000, threshold: 0 });
indexer.build(documents, () => []).then(
  () => console.log("built"),
  (error: Error) => console.log("rejected: " + error.message),
);
`,
    );
    const child = spawnSync(process.execPath, ["--import", "tsx", script], { encoding: "utf8", timeout: 30_000 });
    assert.equal(child.signal, null, "the process was still running after 30 s");
    assert.equal(child.stdout.trim(), "rejected: the spill file is closed", child.stderr);
    assert.equal(child.status, 0);
  });

  it("asks for the texts of only the documents whose terms its cache lacks, and gives the index of all", async () => {
    const cache = cacheIn(temporaryFolder());
    const named = documents.map((document) => ({ ...document, textKey: textHash(document.text) }));
    const asked: number[] = [];
    const list = (items: SearchDocument[]) => {
      const array = documentArray(items);
      const text = (index: number) => {
        asked.push(index);
        return array.text(index);
      };
      return { ...array, text };
    };
    const build = (items: SearchDocument[]) =>
      startSearchIndexer({ documents: items.length, characters: indexedCharacters(items), threshold: 0, cache }).build(
        list(items),
        () => items,
      );
    assert.deepEqual(asText(await build(named)), asText(buildSearchIndex(named)));
    assert.deepEqual(
      asked,
      named.map((_, index) => index),
      "a cold cache needs every text",
    );

    asked.length = 0;
    const edited = named.map((document, index) =>
      index === 4 ? { ...document, text: "Ferries stopped; the harbour is quiet.", textKey: textHash("edited") } : document,
    );
    assert.deepEqual(asText(await build(edited)), asText(buildSearchIndex(edited)));
    assert.deepEqual(asked, [4], "after one edit, only the edited document's text");
  });

  it("sends a build's documents straight through, and gives the preview's event loop a turn between chunks", async () => {
    const many = Array.from({ length: 2_345 }, (_, id) => ({ ...documents[id % documents.length]!, url: `/news/paced-${id}/` }));
    const order = async (signal: AbortSignal | undefined) => {
      const seen: string[] = [];
      const array = documentArray(many);
      const list = {
        ...array,
        heads: (start: number, end: number) => {
          seen.push("chunk");
          return array.heads(start, end);
        },
      };
      const built = startSearchIndexer({ documents: many.length, characters: indexedCharacters(many), threshold: 0, signal }).build(
        list,
        () => many,
      );
      setImmediate(() => seen.push("turn"));
      assert.deepEqual(asText(await built), asText(buildSearchIndex(many)));
      return seen.slice(0, seen.indexOf("turn") + 1);
    };
    assert.deepEqual(await order(undefined), ["chunk", "chunk", "chunk", "turn"]);
    assert.deepEqual(await order(new AbortController().signal), ["chunk", "chunk", "turn"]);
  });

  it("builds a small site's index without starting a worker", async () => {
    assert.deepEqual(
      asText(await buildSearchIndexInBackground(documents, { threshold: documents.length + 1 })),
      asText(buildSearchIndex(documents)),
    );
  });

  it("builds the index in this thread from documents made again when the worker runs out of its capped heap", async () => {
    let recreated = 0;
    const recreate = () => {
      recreated += 1;
      return documents.map((document) => ({ ...document }));
    };
    const out = startSearchIndexer({
      documents: documents.length,
      characters: indexedCharacters(documents),
      threshold: 0,
      heapMegabytes: 1,
    });
    assert.deepEqual(
      asText(await out.build(documentArray(documents.map((document) => ({ ...document }))), recreate)),
      asText(buildSearchIndex(documents)),
    );
    assert.equal(recreated, 1);
    const roomy = startSearchIndexer({ documents: documents.length, characters: indexedCharacters(documents), threshold: 0 });
    assert.deepEqual(asText(await roomy.build(documentArray(documents), recreate)), asText(buildSearchIndex(documents)));
    assert.equal(recreated, 1, "a worker that finishes never needs them again");
  });

  it("caps the worker's heap by the text it indexes", () => {
    const withText = (characters: number) => [{ ...documents[0]!, title: "", excerpt: "", text: "x".repeat(characters) }];
    assert.equal(workerHeapMegabytes(indexedCharacters(withText(0))), 64);
    assert.equal(workerHeapMegabytes(indexedCharacters(withText(75_000_000))), 289);
  });
});
