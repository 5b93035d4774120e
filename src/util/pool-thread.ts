import { parentPort } from "node:worker_threads";

type TaskModule = Record<string, unknown>;

/**
 * Serves a thread of the build's pool (thread-pool.ts): each message is a batch of one task's
 * items, and the reply is their results, in the same order. `load` gives a task's module by the
 * URL the task names: imported (from source) or looked up (in the bundle, which holds them all).
 */
export function servePool(load: (module: string) => Promise<TaskModule>): void {
  const modules = new Map<string, Promise<TaskModule>>();
  parentPort?.on("message", async (batch: { id: number; module: string; name: string; options: unknown; items: unknown[] }) => {
    try {
      let loading = modules.get(batch.module);
      if (!loading) {
        loading = load(batch.module);
        modules.set(batch.module, loading);
      }
      const task = (await loading)[batch.name];
      if (typeof task !== "function") throw new Error(`${batch.module} has no task ${batch.name}`);
      parentPort?.postMessage({ id: batch.id, results: task(batch.items, batch.options) });
    } catch (error) {
      parentPort?.postMessage({ id: batch.id, error: String((error as Error)?.stack ?? error) });
    }
  });
}
