// A worker thread does not inherit tsx's loader on Node 20, so this entry is JavaScript and
// registers tsx before it loads the TypeScript that builds the index.
import v8 from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { openTermCache } = await import("./term-cache.ts");
// Read while the build renders the articles; the documents follow in one message.
const termCache = openTermCache(workerData.cache);
parentPort?.once("message", (/** @type {Uint8Array[]} */ chunks) => build(chunks.flatMap((chunk) => v8.deserialize(chunk))));

/** @param {import("./search-index.ts").SearchDocument[]} documents this thread's own copy */
async function build(documents) {
  const files = await (await termCache).buildIndex(documents, { releaseText: true });
  // Posted as text, the 221 MB index of 100,000 articles was held three times at once (this
  // thread's strings, the message, the build's copy) at the build's peak: bytes are moved instead.
  const encoder = new TextEncoder();
  const moved = [];
  for (const file of files) {
    const bytes = encoder.encode(file.body);
    file.body = bytes;
    moved.push(bytes.buffer);
  }
  parentPort?.postMessage(files, moved);
}
