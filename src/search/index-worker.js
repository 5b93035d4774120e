// A worker thread does not inherit tsx's loader on Node 20, so this entry is JavaScript and
// registers tsx before it loads the TypeScript that builds the index.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { buildSearchIndexCached } = await import("./term-cache.ts");
parentPort?.once("message", async (/** @type {Uint8Array} */ bytes) => {
  const documents = JSON.parse(new TextDecoder().decode(bytes));
  parentPort?.postMessage(await buildSearchIndexCached(documents, workerData.cache));
});
