// A thread that walks and stamps one folder (tree-walk.js) and posts the walk back: the build
// walks its output here while its own thread hashes the content folder.
import { parentPort, workerData } from "node:worker_threads";
import { walkTree } from "./tree-walk.js";

try {
  const walk = walkTree(/** @type {string} */ (workerData), true);
  parentPort?.postMessage({ walk }, [walk.kinds.buffer, walk.numbers.buffer]);
} catch (error) {
  parentPort?.postMessage({ error: /** @type {Error} */ (error).message });
}
