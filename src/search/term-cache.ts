import { randomUUID } from "node:crypto";
import v8 from "node:v8";
import type { BuildCache } from "../cache/build-cache.ts";
import {
  buildSearchIndex,
  documentTerms,
  SHARD_SPLIT_CHARACTERS,
  TermVocabulary,
  uncachedTerms,
  type NumberedTerms,
  type SearchDocument,
  type SearchIndexBytes,
  type TermSource,
} from "./search-index.ts";

export interface TermCache {
  /**
   * The indexes of the documents sent without their text (they have a `textKey`) whose terms the
   * cache lacks: their text is needed before `buildIndex`.
   */
  missing(documents: readonly SearchDocument[]): number[];
  buildIndex(documents: SearchDocument[], options?: BuildOptions): Promise<SearchIndexBytes[]>;
}

/**
 * Builds indexes with each document's terms kept across builds, keyed by a hash of its headline
 * and text (or the `textKey` that names it): after one edit only that document's words are split again, splitting being most of
 * the index's cost. `buildIndex` saves the terms it used, dropping others.
 *
 * Terms are kept as numbers into a vocabulary saved beside them (search-index.ts says why), which
 * only ever grows. Each build that numbers new documents gives its entries a new generation and
 * saves the vocabulary with that generation added to its lineage, before the entries: an entry is
 * used only while its generation is in the lineage of the vocabulary read. Two builds sharing a
 * cache (the preview server and a build) can then never read numbers against the wrong words: the
 * entries of the build whose vocabulary was overwritten are split again.
 */
export async function openTermCache(cache: BuildCache | undefined): Promise<TermCache> {
  if (!cache)
    return {
      missing: (documents) => documents.flatMap((document, index) => (document.textKey === undefined ? [] : [index])),
      buildIndex: async (documents, options) =>
        buildSearchIndex(documents, SHARD_SPLIT_CHARACTERS, releasingText(uncachedTerms(), options)),
    };
  const [store, stored] = await Promise.all([cache.entries<KeptTerms>("search-terms"), readVocabulary(cache)]);
  const vocabulary = new TermVocabulary(stored.terms);
  const lineage = new Set(stored.lineage);
  // `missing` and `buildIndex` both ask for a document's key: hashed once.
  const keys = new WeakMap<SearchDocument, string>();
  const keyOf = (document: SearchDocument) => {
    let key = keys.get(document);
    if (key === undefined) {
      key =
        document.textKey === undefined
          ? cache.key("search-terms", document.title, "text", document.text)
          : cache.key("search-terms", document.title, "named", document.textKey);
      keys.set(document, key);
    }
    return key;
  };
  const keptTerms = (key: string): NumberedTerms | undefined => {
    const kept = store.get(key);
    return kept && lineage.has(kept[2]) ? [kept[0], kept[1]] : undefined;
  };
  return {
    missing: (documents) =>
      documents.flatMap((document, index) => (document.textKey !== undefined && keptTerms(keyOf(document)) === undefined ? [index] : [])),
    async buildIndex(documents, options) {
      const generation = randomUUID();
      let numbered = false;
      const termsOf = (document: SearchDocument): NumberedTerms => {
        const key = keyOf(document);
        const kept = keptTerms(key);
        if (kept) return kept;
        const terms = documentTerms(document, vocabulary);
        store.set(key, [...terms, generation]);
        numbered = true;
        return terms;
      };
      const files = buildSearchIndex(documents, SHARD_SPLIT_CHARACTERS, releasingText({ vocabulary, termsOf }, options));
      if (numbered) {
        lineage.add(generation);
        const written = v8.serialize({ lineage: [...lineage], terms: vocabulary.terms } satisfies StoredVocabulary);
        if (!(await cache.writeFile("search-terms", VOCABULARY_FILE, written))) return files;
      }
      await store.save();
      return files;
    },
  };
}

/** A document's numbered terms and the generation that numbered them. */
type KeptTerms = [...NumberedTerms, generation: string];

const VOCABULARY_FILE = "vocabulary.v8";
/** A lineage grows by one generation per build that splits a document: past this, start afresh. */
const MAX_LINEAGE = 1_000;

interface StoredVocabulary {
  lineage: string[];
  terms: string[];
}

async function readVocabulary(cache: BuildCache): Promise<StoredVocabulary> {
  try {
    const stored: unknown = v8.deserialize((await cache.readFile("search-terms", VOCABULARY_FILE)) ?? Buffer.alloc(0));
    if (isVocabulary(stored) && stored.lineage.length < MAX_LINEAGE) return stored;
  } catch {
    // Missing or unreadable: an empty lineage, which no kept entry belongs to.
  }
  return { lineage: [], terms: [] };
}

function isVocabulary(value: unknown): value is StoredVocabulary {
  if (typeof value !== "object" || value === null) return false;
  const { lineage, terms } = value as Partial<StoredVocabulary>;
  const strings = (list: unknown) => Array.isArray(list) && list.every((item) => typeof item === "string");
  return strings(lineage) && strings(terms);
}

interface BuildOptions {
  /**
   * Empty each document's text once its terms are known: the worker owns its copy of the
   * documents, and their text is not needed for the rest.
   */
  releaseText?: boolean;
}

function releasingText(source: TermSource, options: BuildOptions = {}): TermSource {
  if (!options.releaseText) return source;
  return {
    vocabulary: source.vocabulary,
    termsOf(document) {
      const terms = source.termsOf(document);
      document.text = "";
      return terms;
    },
  };
}

/** The index of `documents`, their terms taken from and kept in the cache. */
export async function buildSearchIndexCached(documents: SearchDocument[], cache: BuildCache | undefined): Promise<SearchIndexBytes[]> {
  return (await openTermCache(cache)).buildIndex(documents);
}
