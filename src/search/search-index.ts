import { searchTerms, shardOf } from "../../layouts/assets/search-core.js";

/** What a search result shows, and the words it is found by. */
export interface SearchDocument {
  url: string;
  title: string;
  section: string;
  /** As pages show it, e.g. "October 17, 2026". */
  displayDate: string;
  /** ISO date-time for the result's `<time datetime>`. */
  dateTime: string;
  excerpt: string;
  /** Summary and body as plain text. */
  text: string;
}

export interface SearchIndexFile {
  /** Relative to the site root. */
  url: string;
  body: string;
}

/** The folder readers' browsers fetch the index from (search.js). */
export const SEARCH_INDEX_PATH = "/search/index/";
/** Result details are fetched in chunks: readers download those of the results they see. */
export const DOCUMENT_CHUNK_SIZE = 500;
/** A word in the headline counts as much as this many in the body. */
export const TITLE_WEIGHT = 5;
const MAX_WEIGHT = 100;

/**
 * A static inverted index over the given documents, in the order given (the first one wins ties):
 * `meta.json` (document count, chunk size, the shards that exist), `terms/<shard>.json` (each
 * term's postings) and `documents/<n>.json` (what a result shows).
 */
export function buildSearchIndex(documents: readonly SearchDocument[]): SearchIndexFile[] {
  const shards = shardPostings(documents);
  const shardNames = [...shards.keys()].sort();
  const files: SearchIndexFile[] = [
    {
      url: `${SEARCH_INDEX_PATH}meta.json`,
      body: JSON.stringify({ version: 1, documents: documents.length, chunkSize: DOCUMENT_CHUNK_SIZE, shards: shardNames }),
    },
  ];
  for (const name of shardNames) {
    const terms = shards.get(name) ?? new Map<string, number[]>();
    const sorted = Object.fromEntries([...terms].sort(([a], [b]) => (a < b ? -1 : 1)));
    files.push({ url: `${SEARCH_INDEX_PATH}terms/${name}.json`, body: JSON.stringify(sorted) });
  }
  for (let start = 0; start < documents.length; start += DOCUMENT_CHUNK_SIZE) {
    const chunk = documents.slice(start, start + DOCUMENT_CHUNK_SIZE).map((document) => [
      document.url,
      document.title,
      document.section,
      document.displayDate,
      document.dateTime,
      document.excerpt,
    ]);
    files.push({ url: `${SEARCH_INDEX_PATH}documents/${start / DOCUMENT_CHUNK_SIZE}.json`, body: JSON.stringify(chunk) });
  }
  return files;
}

/** shard → term → [id delta, weight, …], ids ascending because documents are visited in order. */
function shardPostings(documents: readonly SearchDocument[]): Map<string, Map<string, number[]>> {
  const shards = new Map<string, Map<string, number[]>>();
  const lastId = new Map<string, number>();
  documents.forEach((document, id) => {
    for (const [term, weight] of termWeights(document)) {
      const name = shardOf(term);
      let terms = shards.get(name);
      if (!terms) shards.set(name, (terms = new Map()));
      let postings = terms.get(term);
      if (!postings) terms.set(term, (postings = []));
      postings.push(id - (lastId.get(term) ?? 0), Math.min(weight, MAX_WEIGHT));
      lastId.set(term, id);
    }
  });
  return shards;
}

function termWeights(document: SearchDocument): Map<string, number> {
  const weights = new Map<string, number>();
  for (const term of searchTerms(document.title)) weights.set(term, (weights.get(term) ?? 0) + TITLE_WEIGHT);
  for (const term of searchTerms(document.text)) weights.set(term, (weights.get(term) ?? 0) + 1);
  return weights;
}
