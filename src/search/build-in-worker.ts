import { Worker } from "node:worker_threads";
import { buildSearchIndex, type SearchDocument, type SearchIndexFile } from "./search-index.ts";

/** Below this many articles a worker's start-up (about half a second) costs more than it saves. */
export const WORKER_THRESHOLD = 1_000;

/**
 * Builds the index on another thread, so that on a two-core machine it runs while Eleventy
 * renders and writes the pages (issue #8). The promise never rejects unobserved: callers await it
 * after the pages are written, and a build that failed before then never looks at it.
 */
export function buildSearchIndexInBackground(documents: SearchDocument[], threshold = WORKER_THRESHOLD): Promise<SearchIndexFile[]> {
  const files =
    documents.length < threshold
      ? Promise.resolve().then(() => buildSearchIndex(documents))
      : new Promise<SearchIndexFile[]>((resolve, reject) => {
          const worker = new Worker(new URL("./index-worker.js", import.meta.url), { workerData: documents });
          worker.once("message", resolve);
          worker.once("error", reject);
          worker.once("exit", (code) => reject(new Error(`the search index worker stopped (exit code ${code})`)));
        });
  files.catch(() => {});
  return files;
}
