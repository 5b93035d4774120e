import { Worker } from "node:worker_threads";
import { buildSearchIndex, type SearchDocument, type SearchIndexFile } from "./search-index.ts";
import type { BuildCache } from "../cache/build-cache.ts";
import { buildSearchIndexCached } from "./term-cache.ts";
import { documentArray, type DocumentList } from "./search-documents.ts";
import { workerEntry } from "../util/worker-entry.ts";

/** Below this many articles a worker's start-up costs more than it saves. */
export const WORKER_THRESHOLD = 1_000;

/**
 * The worker's heap limit, from the text it indexes. Without one, V8 lets the heap grow while the
 * pages are written at the same time, adding to the build's peak. The index needs more than
 * twice its text: with a limit of twice the text the worker runs out, and the fallback costs more
 * time than the memory saves.
 */
export function workerHeapMegabytes(characters: number): number {
  return Math.ceil(64 + (3 * characters) / 1_000_000);
}

export function indexedCharacters(documents: readonly SearchDocument[]): number {
  return documents.reduce((sum, document) => sum + document.title.length + document.excerpt.length + document.text.length, 0);
}

export interface IndexerOptions {
  /** How many documents, and about how many characters, the index will hold: they decide the thread and its heap. */
  documents: number;
  characters: number;
  threshold?: number;
  heapMegabytes?: number;
  /** Keep each document's terms across builds (term-cache.ts). */
  cache?: BuildCache;
  /**
   * The preview's loads have one (load-site.ts, `checkpoint`): their documents are sent a turn of
   * the event loop apart, so that the watcher and the dev server get turns. A build has none and
   * sends them straight through: its thread gives few turns while it plans and writes pages, and
   * the index thread, which needs every document before it starts, would end after the pages.
   * Texts are always sent a turn apart: a cold build's, sent at once, let the index thread build
   * while the pages are written, and a large site's two peaks then add up.
   */
  signal?: AbortSignal;
}

export interface SearchIndexer {
  /**
   * Builds the index of these documents, in this order; call once. It never rejects unobserved.
   * The documents are made and sent a chunk at a time, and let go once they are on the worker:
   * should it run out of memory, `recreate` makes them again for this thread.
   */
  build(documents: DocumentList, recreate: () => SearchDocument[]): Promise<SearchIndexFile[]>;
  /** Lets go of the worker of a build that failed before it asked for the index. */
  cancel(): void;
}

/**
 * Starts the thread that will build the index before the documents exist, so that it has loaded
 * its code and its term cache by the time the articles are rendered. On a two-core machine it then
 * runs while the pages are written. A worker that runs out of its capped heap is not an error: the
 * index is then built in this thread, uncapped, from documents made again. Keeping them here
 * instead would hold their text twice until the worker is done, a large share of the build's peak.
 */
export function startSearchIndexer(options: IndexerOptions): SearchIndexer {
  if (options.documents < (options.threshold ?? WORKER_THRESHOLD)) {
    return {
      build: (documents) =>
        quiet(Promise.resolve().then(() => buildSearchIndexCached(documents.slice(0, documents.length), options.cache))),
      cancel: () => {},
    };
  }
  const maxOldGenerationSizeMb = options.heapMegabytes ?? workerHeapMegabytes(options.characters);
  const worker = new Worker(workerEntry("search-index", new URL("./index-worker.js", import.meta.url)), {
    // The cache's settings: the worker opens the same cache for itself.
    workerData: { cache: options.cache?.settings },
    resourceLimits: { maxOldGenerationSizeMb },
  });
  // Idle until asked: it must not keep a failed build's process alive.
  worker.unref();
  let cancelled = false;
  // A chunk that cannot be made (the build failed and closed its text store) ends the worker,
  // which would otherwise wait for the rest and keep the failed build's process alive.
  const failed = (error: unknown) => {
    cancelled = true;
    void worker.terminate();
    throw error;
  };
  let listed: (documents: DocumentList) => void = () => {};
  const documentsOnceBuilt = new Promise<DocumentList>((resolve) => {
    listed = resolve;
  });
  let texts: Promise<void> = Promise.resolve();
  const pace: Pace = { cancelled: () => cancelled, yields: options.signal !== undefined };
  const outcome = new Promise<{ files: SearchIndexFile[] } | { error: NodeJS.ErrnoException }>((resolve) => {
    worker.on("message", (message: SearchIndexFile[] | TextsWanted) => {
      if (Array.isArray(message)) resolve({ files: message });
      else
        texts = documentsOnceBuilt.then((documents) => postTexts(worker, documents, message.need, { ...pace, yields: true })).catch(failed);
    });
    worker.once("error", (error: NodeJS.ErrnoException) => resolve({ error }));
    worker.once("exit", (code) => resolve({ error: new Error(`the search index worker stopped (exit code ${code})`) }));
  });
  return {
    // The documents are kept until the worker has asked for the texts it lacks: they are the
    // articles' metadata and stored texts, not the texts.
    build(documents, recreate) {
      worker.ref();
      listed(documents);
      const sent = postInChunks(worker, documents, pace).catch(failed);
      return quiet(
        Promise.all([outcome, sent]).then(async ([result]) => {
          await texts;
          if ("files" in result) return result.files;
          if (result.error.code === "ERR_WORKER_OUT_OF_MEMORY") return buildSearchIndex(recreate());
          throw result.error;
        }),
      );
    },
    cancel: () => {
      cancelled = true;
      void worker.terminate();
    },
  };
}

/** The index of `documents`, on a worker thread when there are enough of them. */
export function buildSearchIndexInBackground(
  documents: SearchDocument[],
  options: Omit<IndexerOptions, "documents" | "characters"> = {},
): Promise<SearchIndexFile[]> {
  return startSearchIndexer({ ...options, documents: documents.length, characters: indexedCharacters(documents) }).build(
    documentArray(documents),
    () => documents,
  );
}

/** Documents per message: all of a large site's text as one JSON string runs this thread out of memory. */
const TRANSFER_CHUNK = 1_000;

/**
 * The documents in messages of a chunk each, then an empty one. A message's serialised copy is
 * freed as soon as the worker has read it. Serialised here (`v8.serialize`) and moved as buffers,
 * the documents would stay on the worker, unreferenced but not collected, until it has built the
 * index: a large share of the build's peak. As workerData the serialised copy would stay on this
 * thread until the build ends.
 */
function postInChunks(worker: Worker, documents: DocumentList, pace: Pace): Promise<void> {
  return postChunks(worker, documents.length, (start, end) => documents.heads(start, end), pace);
}

/** Whether the build gave up, and whether other work gets turns between chunks (`IndexerOptions.signal`). */
interface Pace {
  cancelled: () => boolean;
  yields: boolean;
}

/** `count` items as `chunk` makes them, TRANSFER_CHUNK at a time, then an empty chunk that ends them. */
async function postChunks(
  worker: Worker,
  count: number,
  chunk: (start: number, end: number) => unknown[],
  { cancelled, yields }: Pace,
): Promise<void> {
  for (let start = 0; start < count && !cancelled(); start += TRANSFER_CHUNK) {
    worker.postMessage(chunk(start, Math.min(start + TRANSFER_CHUNK, count)));
    if (yields) await new Promise((resolve) => setImmediate(resolve));
  }
  if (!cancelled()) worker.postMessage([]);
}

/** What the worker asks for once it has every document: the texts of those whose terms its cache lacks, by index. */
interface TextsWanted {
  need: number[];
}

/** The texts the worker asked for, as `[index, text]` pairs in chunks, then an empty chunk. */
function postTexts(worker: Worker, documents: DocumentList, need: readonly number[], pace: Pace): Promise<void> {
  return postChunks(worker, need.length, (start, end) => need.slice(start, end).map((index) => [index, documents.text(index)]), pace);
}

/** Callers await the index after the pages are written; a build that failed before then never looks at it. */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}
