import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { scopeFolder } from "../cache/render-cache.ts";
import { saveStoreQuietly, ShardStore } from "../cache/shard-store.ts";
import { buildSearchIndex, documentTerms, SHARD_SPLIT_CHARACTERS, type DocumentTerms, type SearchDocument, type SearchIndexFile } from "./search-index.ts";

const STORE_PREFIX = "search-";
/** The code that splits a document into terms: a change to it must not reuse old entries. */
// The shard store's file format is part of every store's name.
const TERM_SOURCES = ["../../layouts/assets/search-core.js", "./search-index.ts", "../cache/shard-store.ts"].map((file) => fileURLToPath(new URL(file, import.meta.url)));

/** Where a build keeps its caches (see render-cache.ts); absent when caching is off. */
export interface CacheLocation {
  dir: string;
  scope: string;
}

/**
 * Builds indexes with each document's terms kept across builds, keyed by a hash of its headline
 * and text: after one edit only that document's words are split again, which took most of the
 * index's 5 s at 10,000 articles (issue #8). `buildIndex` saves the terms it used, dropping others.
 */
export async function openTermCache(cache: CacheLocation | undefined): Promise<{ buildIndex(documents: SearchDocument[], options?: BuildOptions): Promise<SearchIndexFile[]> }> {
  if (!cache) return { buildIndex: async (documents, options) => buildSearchIndex(documents, SHARD_SPLIT_CHARACTERS, termsReleasingText(documentTerms, options)) };
  const parent = scopeFolder(cache.dir, cache.scope);
  const name = `${STORE_PREFIX}${termCodeFingerprint()}`;
  const store = await ShardStore.open<DocumentTerms>(path.join(parent, name));
  return {
    async buildIndex(documents, options) {
      const cachedTerms = (document: SearchDocument) => {
        const key = createHash("sha1").update(document.title).update("\0").update(document.text).digest("hex");
        const cached = store.get(key);
        if (cached) return cached;
        const terms = documentTerms(document);
        store.set(key, terms);
        return terms;
      };
      const files = buildSearchIndex(documents, SHARD_SPLIT_CHARACTERS, termsReleasingText(cachedTerms, options));
      await saveStoreQuietly(store, { parent, name, prefix: STORE_PREFIX, label: "search term cache" });
      return files;
    },
  };
}

interface BuildOptions {
  /**
   * Empty each document's text once its terms are known: the worker owns its copy of the
   * documents, and their text (75 MB at 10,000 articles) is not needed for the rest.
   */
  releaseText?: boolean;
}

function termsReleasingText(termsOf: (document: SearchDocument) => DocumentTerms, options: BuildOptions = {}) {
  if (!options.releaseText) return termsOf;
  return (document: SearchDocument) => {
    const terms = termsOf(document);
    document.text = "";
    return terms;
  };
}

/** The index of `documents`, their terms taken from and kept in the cache. */
export async function buildSearchIndexCached(documents: SearchDocument[], cache: CacheLocation | undefined): Promise<SearchIndexFile[]> {
  return (await openTermCache(cache)).buildIndex(documents);
}

function termCodeFingerprint(): string {
  const hash = createHash("sha256");
  for (const file of TERM_SOURCES) hash.update(readFileSync(file));
  return hash.digest("hex").slice(0, 16);
}
