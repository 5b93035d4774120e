import { Worker } from "node:worker_threads";
import { createPageFiles, type PageFileOp, type PageFileResult } from "../cache/page-files.js";

export type { PageFileOp, PageFileResult };

/** Below this many pages the thread's start-up costs more than it saves (the preview writes a few). */
export const WRITER_THRESHOLD = 500;

/** Operations per message: a few pages' HTML, so that the thread writes while this one renders. */
const BATCH = 32;

/** Runs the file work of writing pages (cache/page-files.js), on a thread of its own for a large site. */
export interface PageWriter {
  run(op: PageFileOp): Promise<PageFileResult>;
  close(): Promise<void>;
}

/**
 * A large site's pages are written on a thread of their own: on a two-core machine the build's
 * thread renders the next pages while the other core does the system calls of the last ones.
 * A small site's are written here, with the same code.
 */
export function startPageWriter(pages: number, threshold = WRITER_THRESHOLD): PageWriter {
  if (pages < threshold) {
    const run = createPageFiles();
    return { run: async (op) => run(op), close: async () => {} };
  }
  return threadWriter();
}

type Waiting = { resolve: (result: PageFileResult) => void; reject: (error: Error) => void };
type Reply = { id: number; results?: PageFileResult[]; error?: WorkerError };
type WorkerError = { message: string; code?: string; path?: string; syscall?: string };

function threadWriter(): PageWriter {
  const worker = new Worker(new URL("./page-writer-worker.js", import.meta.url));
  const batches = new Map<number, Waiting[]>();
  let queue: { op: PageFileOp; waiting: Waiting }[] = [];
  let ids = 0;
  let scheduled = false;
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const waiting of batches.values()) for (const { reject } of waiting) reject(error);
    batches.clear();
  };
  worker.on("message", (reply: Reply) => {
    const waiting = batches.get(reply.id) ?? [];
    batches.delete(reply.id);
    for (const [index, { resolve, reject }] of waiting.entries()) {
      if (reply.error) reject(errorFrom(reply.error));
      else resolve(reply.results?.[index] as PageFileResult);
    }
  });
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`the page writing thread stopped (exit code ${code})`)));
  const flush = () => {
    scheduled = false;
    if (queue.length === 0) return;
    const id = ids++;
    batches.set(
      id,
      queue.map((entry) => entry.waiting),
    );
    const ops = queue.map((entry) => entry.op);
    worker.postMessage({ id, ops }, ops.flatMap(movable));
    queue = [];
  };
  return {
    run(op) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        queue.push({ op, waiting: { resolve, reject } });
        if (queue.length >= BATCH) flush();
        else if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
    async close() {
      flush();
      worker.removeAllListeners("exit");
      await worker.terminate();
    },
  };
}

/**
 * A page's bytes are moved, not copied, when they fill a buffer of their own (as TextEncoder
 * makes them): the caller never reads them again.
 */
function movable(op: PageFileOp): ArrayBuffer[] {
  if (op.kind !== "write" || typeof op.html === "string") return [];
  const { buffer, byteOffset, byteLength } = op.html;
  return buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength ? [buffer] : [];
}

/** The worker's error as this thread's, with what the build's failure line reports (cli/build-failure.ts). */
function errorFrom({ message, code, path, syscall }: WorkerError): Error {
  return Object.assign(new Error(message), { code, path, syscall });
}
