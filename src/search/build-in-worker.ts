import { Worker } from "node:worker_threads";
import { buildSearchIndex, type SearchDocument, type SearchIndexFile } from "./search-index.ts";
import { buildSearchIndexCached, type CacheLocation } from "./term-cache.ts";

/** Below this many articles a worker's start-up (about half a second) costs more than it saves. */
export const WORKER_THRESHOLD = 1_000;

/**
 * The worker's heap limit, from the text it indexes. Without one, V8 let the heap grow while the
 * pages were written at the same time: a 10,000-article build (about 75 MB of text) peaked at
 * 1.16 GB, and 1.12 GB with this limit (289 MB). The index needs 150 to 200 MB there; at twice the
 * text the worker ran out and the fallback cost more time than the memory saved (issue #8).
 */
export function workerHeapMegabytes(documents: readonly SearchDocument[]): number {
  const characters = documents.reduce((sum, document) => sum + document.title.length + document.excerpt.length + document.text.length, 0);
  return Math.ceil(64 + (3 * characters) / 1_000_000);
}

export interface BackgroundOptions {
  threshold?: number;
  heapMegabytes?: number;
  /** Keep each document's terms across builds (term-cache.ts). */
  cache?: CacheLocation;
}

/**
 * Builds the index on another thread, so that on a two-core machine it runs while the pages are
 * rendered and written (issue #8). A worker that runs out of its capped heap is not an error: the
 * index is then built in this thread, uncapped. The promise never rejects unobserved: callers
 * await it after the pages are written, and a build that failed before then never looks at it.
 */
export function buildSearchIndexInBackground(documents: SearchDocument[], options: BackgroundOptions = {}): Promise<SearchIndexFile[]> {
  const files =
    documents.length < (options.threshold ?? WORKER_THRESHOLD)
      ? Promise.resolve().then(() => buildSearchIndexCached(documents, options.cache))
      : new Promise<SearchIndexFile[]>((resolve, reject) => {
          const maxOldGenerationSizeMb = options.heapMegabytes ?? workerHeapMegabytes(documents);
          const worker = new Worker(new URL("./index-worker.js", import.meta.url), { workerData: { cache: options.cache }, resourceLimits: { maxOldGenerationSizeMb } });
          // Moved, not copied: as workerData, the documents' serialised copy (120 MB at 10,000
          // articles) stayed in this thread until the build ended (issue #8).
          const bytes = Buffer.from(JSON.stringify(documents));
          worker.postMessage(bytes, [bytes.buffer]);
          worker.once("message", resolve);
          worker.once("error", (error: NodeJS.ErrnoException) => {
            if (error.code === "ERR_WORKER_OUT_OF_MEMORY") resolve(buildSearchIndex(documents));
            else reject(error);
          });
          worker.once("exit", (code) => reject(new Error(`the search index worker stopped (exit code ${code})`)));
        });
  files.catch(() => {});
  return files;
}
