import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { workerEntry } from "./worker-entry.ts";

/**
 * Work a pool can share out: a pure function over a batch of items, exported by name from a
 * module, so that a worker thread loads it by URL and gives exactly what this thread's call gives.
 */
export interface PoolTask<T, R, O> {
  /** The module's URL (`import.meta.url` of the module that exports the task). */
  module: string;
  name: string;
  /** The task itself, for this thread's share of the batches. */
  run: (items: T[], options: O) => R[];
  /** About how much work an item is (e.g. its characters): batches are cut by it. */
  size: (item: T) => number;
}

export interface ThreadPool {
  /** `task.run(items, options)`, shared between this thread and the pool's threads, in the order of `items`. */
  map<T, R, O>(task: PoolTask<T, R, O>, items: readonly T[], options: O): Promise<R[]>;
  close(): void;
}

/** Below this much work (characters) the threads' start-up costs more than they save. */
export const POOL_THRESHOLD = 2_000_000;
/** Work per batch: small enough that the threads finish together, large enough that messages are few. */
const BATCH_SIZE = 256 * 1024;

/**
 * A pool of worker threads, one per core beside this one, started on the first large map and
 * kept until closed. This thread takes batches too: it works while the threads start, and on a
 * two-core machine one thread beside it keeps both cores busy.
 */
export function openThreadPool(options: { threads?: number; threshold?: number } = {}): ThreadPool {
  const threads = options.threads ?? Math.max(0, availableParallelism() - 1);
  const threshold = options.threshold ?? POOL_THRESHOLD;
  let workers: PoolWorker[] | undefined;
  return {
    async map(task, items, taskOptions) {
      const batches = batchesOf(items, task.size);
      const total = items.reduce((sum, item) => sum + task.size(item), 0);
      if (threads === 0 || total < threshold) return task.run([...items], taskOptions);
      workers ??= Array.from({ length: threads }, () => startWorker());
      const results = new Array(items.length);
      let next = 0;
      const take = () => (next < batches.length ? batches[next++] : undefined);
      const store = (batch: Batch, made: unknown[]) => {
        for (const [index, result] of made.entries()) results[batch.start + index] = result;
      };
      const share = async (worker: PoolWorker) => {
        for (let batch = take(); batch; batch = take())
          store(batch, await worker.run(task, items.slice(batch.start, batch.end), taskOptions));
      };
      const own = async () => {
        for (let batch = take(); batch; batch = take()) {
          store(batch, task.run(items.slice(batch.start, batch.end), taskOptions));
          // The threads' replies are handled between this thread's batches.
          await new Promise((resolve) => setImmediate(resolve));
        }
      };
      await Promise.all([own(), ...workers.map(share)]);
      return results;
    },
    close() {
      for (const worker of workers ?? []) worker.stop();
      workers = undefined;
    },
  };
}

interface Batch {
  start: number;
  end: number;
}

function batchesOf<T>(items: readonly T[], size: (item: T) => number): Batch[] {
  const batches: Batch[] = [];
  let start = 0;
  let work = 0;
  items.forEach((item, index) => {
    work += size(item);
    if (work >= BATCH_SIZE) {
      batches.push({ start, end: index + 1 });
      start = index + 1;
      work = 0;
    }
  });
  if (start < items.length) batches.push({ start, end: items.length });
  return batches;
}

interface PoolWorker {
  run<T, R, O>(task: PoolTask<T, R, O>, items: T[], options: O): Promise<R[]>;
  stop(): void;
}

function startWorker(): PoolWorker {
  const worker = new Worker(workerEntry("pool", new URL("./pool-worker.js", import.meta.url)));
  // Idle between maps: it must not keep a finished or failed build's process alive.
  worker.unref();
  const waiting = new Map<number, { resolve: (results: never[]) => void; reject: (error: Error) => void }>();
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.on("message", (reply: { id: number; results?: never[]; error?: string }) => {
    const entry = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.error !== undefined) entry?.reject(new Error(`a worker thread failed: ${reply.error}`));
    else entry?.resolve(reply.results ?? []);
    if (waiting.size === 0) worker.unref();
  });
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`a worker thread stopped (exit code ${code})`)));
  let ids = 0;
  return {
    run(task, items, options) {
      if (failure) return Promise.reject(failure);
      const id = ids++;
      worker.ref();
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, module: task.module, name: task.name, options, items });
      });
    },
    stop() {
      worker.removeAllListeners("exit");
      void worker.terminate();
    },
  };
}
