// A worker thread does not inherit tsx's loader on Node 20, so this entry is JavaScript and
// registers tsx before it loads the TypeScript that builds the index.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { openTermCache } = await import("./term-cache.ts");
// Read while the build renders the articles.
const termCache = openTermCache(workerData.cache);
const decoder = new TextDecoder();

/**
 * The documents come as UTF-8 JSON chunks, in order, and then `null`: each chunk is indexed as it
 * arrives, while the build serialises the next.
 * @type {Promise<import("./term-cache.ts").IndexInProgress>}
 */
let index = termCache.then((cache) => cache.startIndex({ releaseText: true }));
parentPort?.on("message", function receive(/** @type {Uint8Array | null} */ chunk) {
  if (chunk === null) {
    // Without a listener the thread ends once the files are sent.
    parentPort?.off("message", receive);
    index.then((building) => building.finish()).then((files) => parentPort?.postMessage(files));
    return;
  }
  index = index.then((building) => {
    building.add(JSON.parse(decoder.decode(chunk)));
    return building;
  });
});
