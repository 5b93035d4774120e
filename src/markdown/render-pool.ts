import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { RenderedBody } from "./render.ts";

/** Below this many bodies the threads' start-up costs more than they save. */
export const POOL_THRESHOLD = 500;

/** Bodies per message: small enough that the threads finish together, large enough that messages are few. */
const BATCH_CHARACTERS = 256 * 1024;

export interface RenderPoolOptions {
  embedHosts: readonly string[];
  /** Threads to render on; defaults to one per core. */
  threads?: number;
  threshold?: number;
}

/**
 * The renderings of `bodies`, in their order, made on one worker thread per core, or undefined
 * when there are too few to be worth the threads (the caller renders them itself). Rendering is a
 * pure function of the Markdown and the embed hosts, so a worker's rendering is the one this
 * thread would make; the build's other work on this thread waits for it anyway, so on a two-core
 * machine both cores render.
 */
export async function renderInParallel(bodies: readonly string[], options: RenderPoolOptions): Promise<RenderedBody[] | undefined> {
  if (bodies.length < (options.threshold ?? POOL_THRESHOLD)) return undefined;
  const batches = batchesOf(bodies);
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), batches.length));
  const rendered = new Array<RenderedBody>(bodies.length);
  const workers = Array.from({ length: threads }, () => startWorker(options.embedHosts));
  try {
    let next = 0;
    await Promise.all(
      workers.map(async (worker) => {
        while (next < batches.length) {
          const batch = batches[next] as Batch;
          next += 1;
          const results = await worker.render(bodies.slice(batch.start, batch.end));
          for (let index = 0; index < results.length; index += 1) rendered[batch.start + index] = results[index] as RenderedBody;
        }
      }),
    );
  } finally {
    for (const worker of workers) worker.stop();
  }
  return rendered;
}

interface Batch {
  start: number;
  end: number;
}

function batchesOf(bodies: readonly string[]): Batch[] {
  const batches: Batch[] = [];
  let start = 0;
  let characters = 0;
  bodies.forEach((body, index) => {
    characters += body.length;
    if (characters >= BATCH_CHARACTERS) {
      batches.push({ start, end: index + 1 });
      start = index + 1;
      characters = 0;
    }
  });
  if (start < bodies.length) batches.push({ start, end: bodies.length });
  return batches;
}

interface RenderWorker {
  render(bodies: string[]): Promise<RenderedBody[]>;
  stop(): void;
}

function startWorker(embedHosts: readonly string[]): RenderWorker {
  const worker = new Worker(new URL("./render-worker.js", import.meta.url), { workerData: { embedHosts: [...embedHosts] } });
  let failure: Error | undefined;
  const waiting = new Map<number, { resolve: (rendered: RenderedBody[]) => void; reject: (error: Error) => void }>();
  const fail = (error: Error) => {
    failure = error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.on("message", (message: { id?: number; rendered?: RenderedBody[] }) => {
    if (message.id === undefined || !message.rendered) return;
    waiting.get(message.id)?.resolve(message.rendered);
    waiting.delete(message.id);
  });
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`a Markdown rendering thread stopped (exit code ${code})`)));
  let ids = 0;
  return {
    render(bodies) {
      if (failure) return Promise.reject(failure);
      const id = ids++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, bodies });
      });
    },
    stop() {
      worker.removeAllListeners("exit");
      void worker.terminate();
    },
  };
}
