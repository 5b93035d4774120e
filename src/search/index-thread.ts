import { parentPort, workerData } from "node:worker_threads";
import { buildCacheAt, type BuildCacheSettings } from "../cache/build-cache.ts";
import type { SearchDocument } from "./search-index.ts";
import { openTermCache } from "./term-cache.ts";

/**
 * The search index's thread (build-in-worker.ts). Its term cache is read while the build renders
 * the articles; the documents follow in chunks, without the texts their `textKey` names, and an
 * empty chunk ends them. It then asks for the texts of the documents whose terms its cache lacks
 * (`{ need }`), which come as `[index, text]` chunks ended by an empty one, and builds the index.
 */
const settings = (workerData as { cache?: BuildCacheSettings }).cache;
const termCache = openTermCache(settings && buildCacheAt(settings));
const documents: SearchDocument[] = [];
parentPort?.on("message", function receive(chunk: SearchDocument[]) {
  for (const document of chunk) documents.push(document);
  if (chunk.length > 0) return;
  parentPort?.off("message", receive);
  void withTexts(documents);
});

/** Asks for the texts the cache cannot do without, then builds. */
async function withTexts(documents: SearchDocument[]): Promise<void> {
  const need = (await termCache).missing(documents);
  if (need.length === 0) return build(documents);
  parentPort?.on("message", function receive(chunk: [number, string][]) {
    for (const [index, text] of chunk) (documents[index] as SearchDocument).text = text;
    if (chunk.length > 0) return;
    parentPort?.off("message", receive);
    void build(documents);
  });
  parentPort?.postMessage({ need });
}

/** `documents` is this thread's own copy: each text is let go once its terms are known. */
async function build(documents: SearchDocument[]): Promise<void> {
  const files = await (await termCache).buildIndex(documents, { releaseText: true });
  // Bytes are moved rather than copied: the index would otherwise be held twice at the build's peak.
  parentPort?.postMessage(
    files,
    files.map((file) => file.body.buffer as ArrayBuffer),
  );
}
