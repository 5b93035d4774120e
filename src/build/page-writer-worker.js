// The thread that writes a build's pages (page-writer.ts): batches of file operations in, their
// results (or the first error) out, in order.
import { parentPort } from "node:worker_threads";
import { createPageFiles } from "../cache/page-files.js";

const run = createPageFiles();
parentPort?.on("message", (/** @type {{ id: number; ops: import("../cache/page-files.js").PageFileOp[] }} */ batch) => {
  try {
    parentPort?.postMessage({ id: batch.id, results: batch.ops.map(run) });
  } catch (error) {
    const { message, code, path, syscall } = /** @type {NodeJS.ErrnoException} */ (error);
    parentPort?.postMessage({ id: batch.id, error: { message, code, path, syscall } });
  }
});
