// A worker thread does not inherit tsx's loader on Node 20, so this entry is JavaScript and
// registers tsx before it loads the TypeScript that builds the index.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { openTermCache } = await import("./term-cache.ts");
const { buildCacheAt } = await import("../cache/build-cache.ts");
// Read while the build renders the articles; the documents follow in chunks, and an empty one ends them.
const termCache = openTermCache(workerData.cache && buildCacheAt(workerData.cache));
/** @type {import("./search-index.ts").SearchDocument[]} */
const documents = [];
parentPort?.on("message", function receive(/** @type {import("./search-index.ts").SearchDocument[]} */ chunk) {
  for (const document of chunk) documents.push(document);
  if (chunk.length > 0) return;
  parentPort?.off("message", receive);
  void build(documents);
});

/** @param {import("./search-index.ts").SearchDocument[]} documents this thread's own copy */
async function build(documents) {
  const files = await (await termCache).buildIndex(documents, { releaseText: true });
  // Posted as text, the index would be held three times at once (this thread's strings, the
  // message, the build's copy) at the build's peak: bytes are moved instead.
  const encoder = new TextEncoder();
  const moved = [];
  for (const file of files) {
    const bytes = encoder.encode(file.body);
    file.body = bytes;
    moved.push(bytes.buffer);
  }
  parentPort?.postMessage(files, moved);
}
