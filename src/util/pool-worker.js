// A thread of the build's pool (thread-pool.ts). A worker thread does not inherit tsx's loader on
// Node 20, so this entry is JavaScript and registers tsx before it loads a task's TypeScript.
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
/** @type {Map<string, Promise<Record<string, (items: unknown[], options: unknown) => unknown[]>>>} */
const modules = new Map();
// Each message is a batch of one task's items; the reply is their results, in the same order.
parentPort?.on("message", async (/** @type {{ id: number; module: string; name: string; options: unknown; items: unknown[] }} */ batch) => {
  try {
    let loading = modules.get(batch.module);
    if (!loading) {
      loading = import(batch.module);
      modules.set(batch.module, loading);
    }
    const task = (await loading)[batch.name];
    if (typeof task !== "function") throw new Error(`${batch.module} has no task ${batch.name}`);
    parentPort?.postMessage({ id: batch.id, results: task(batch.items, batch.options) });
  } catch (error) {
    parentPort?.postMessage({ id: batch.id, error: String(/** @type {Error} */ (error)?.stack ?? error) });
  }
});
