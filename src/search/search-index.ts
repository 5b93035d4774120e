import { searchTerms, shardName } from "../../layouts/assets/search-core.js";
import { SEARCH_INDEX_PATH } from "../urls/urls.ts";
import { type PostingsEntry, postingsEntry, shardJson } from "./postings-json.ts";

const encoder = new TextEncoder();

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
  /** Summary and body as plain text; empty in a document sent without it (`DocumentList.heads`). */
  text: string;
  /**
   * Names `text` without holding it (a hash of the summary and the body's text hash), so that the
   * term cache knows an unchanged document without its text; without one, the text itself is the key.
   */
  textKey?: string;
}

export interface SearchIndexFile {
  /** Relative to the site root. */
  url: string;
  /** UTF-8 bytes when built on a worker thread, which hands them over without a copy. */
  body: string | Uint8Array;
}

/** An index file as it is built: its own bytes, which a worker hands over without a copy. */
export interface SearchIndexBytes extends SearchIndexFile {
  body: Uint8Array;
}

/** Result details are fetched in chunks: readers download those of the results they see. */
export const DOCUMENT_CHUNK_SIZE = 500;
/** A word in the headline counts as much as this many in the body. */
export const TITLE_WEIGHT = 5;
const MAX_WEIGHT = 100;

/** A shard file longer than this is split by the third character of its words: readers download less per query. */
export const SHARD_SPLIT_CHARACTERS = 200_000;

/**
 * A static inverted index over the given documents, in the order given (the first one wins ties):
 * `meta.json` (document count, chunk size, the shards that exist and those split further),
 * `terms/<shard>.json` (each term's postings) and `documents/<n>.json` (what a result shows).
 */
export function buildSearchIndex(
  documents: readonly SearchDocument[],
  shardSplitCharacters = SHARD_SPLIT_CHARACTERS,
  terms: TermSource = uncachedTerms(),
): SearchIndexBytes[] {
  const { shards, split } = shardTerms(collectPostings(documents, terms), shardSplitCharacters);
  const shardNames = [...shards.keys()].sort();
  const files: SearchIndexBytes[] = [
    {
      url: `${SEARCH_INDEX_PATH}meta.json`,
      body: encoder.encode(
        JSON.stringify({ version: 1, documents: documents.length, chunkSize: DOCUMENT_CHUNK_SIZE, shards: shardNames, split }),
      ),
    },
  ];
  for (const name of shardNames) files.push({ url: `${SEARCH_INDEX_PATH}terms/${name}.json`, body: shards.get(name) ?? shardJson([]) });
  for (let start = 0; start < documents.length; start += DOCUMENT_CHUNK_SIZE) {
    const chunk = documents
      .slice(start, start + DOCUMENT_CHUNK_SIZE)
      .map((document) => [document.url, document.title, document.section, document.displayDate, document.dateTime, document.excerpt]);
    files.push({ url: `${SEARCH_INDEX_PATH}documents/${start / DOCUMENT_CHUNK_SIZE}.json`, body: encoder.encode(JSON.stringify(chunk)) });
  }
  return files;
}

/**
 * A document's distinct terms as numbers into a vocabulary, and each one's weight in it (at most
 * MAX_WEIGHT) as one character, code WEIGHT_OFFSET + weight: a string takes an eighth of the memory
 * of an array of numbers, which the index worker's capped heap needs.
 */
export type NumberedTerms = [numbers: Uint32Array, weights: string];
const WEIGHT_OFFSET = 32;

/**
 * Splitting the text into words is most of the index's cost: its result can be cached per
 * document. Terms new to the vocabulary are numbered.
 */
export function documentTerms(document: Pick<SearchDocument, "title" | "text">, vocabulary: TermVocabulary): NumberedTerms {
  const weights = new Map<string, number>();
  for (const term of searchTerms(document.title)) weights.set(term, (weights.get(term) ?? 0) + TITLE_WEIGHT);
  for (const term of searchTerms(document.text)) weights.set(term, (weights.get(term) ?? 0) + 1);
  const numbers = Uint32Array.from(weights.keys(), (term) => vocabulary.numberOf(term));
  const encoded = [...weights.values()].map((weight) => String.fromCharCode(WEIGHT_OFFSET + Math.min(weight, MAX_WEIGHT)));
  return [numbers, encoded.join("")];
}

/**
 * Terms by number, so that collecting postings is an index into an array by the term's number,
 * not a map lookup of a freshly split string, which is several times slower. The term cache keeps
 * documents' terms as numbers into a vocabulary it keeps too; without it, the numbers are given as
 * terms are first seen.
 */
export class TermVocabulary {
  readonly #numbers = new Map<string, number>();

  constructor(readonly terms: string[] = []) {
    terms.forEach((term, number) => {
      this.#numbers.set(term, number);
    });
  }

  /** The term's number, numbering it if it is new. */
  numberOf(term: string): number {
    let number = this.#numbers.get(term);
    if (number === undefined) {
      number = this.terms.push(term) - 1;
      this.#numbers.set(term, number);
    }
    return number;
  }
}

/** Where the index takes each document's numbered terms from, and what the numbers stand for. */
export interface TermSource {
  vocabulary: TermVocabulary;
  termsOf(document: SearchDocument): NumberedTerms;
}

export function uncachedTerms(): TermSource {
  const vocabulary = new TermVocabulary();
  return {
    vocabulary,
    termsOf: (document) => documentTerms(document, vocabulary),
  };
}

/**
 * term → postings: [id delta, weight, …], ids ascending because documents are visited in order.
 * Two passes, so that all postings go into one typed array of the right size, each term's a view
 * of its part: growing plain arrays hold up to three times the memory, which on a large site makes
 * the worker's heap a large share of the build's peak; and writing into one array, through an
 * array of next positions, takes half the time of writing into one typed array per term.
 */
function collectPostings(documents: readonly SearchDocument[], { vocabulary, termsOf }: TermSource): Map<string, Int32Array> {
  const numbered = documents.map(termsOf);
  const size = vocabulary.terms.length;
  const counts = new Uint32Array(size);
  for (const [numbers] of numbered) {
    for (const term of numbers) counts[term] = (counts[term] as number) + 1;
  }
  const starts = new Uint32Array(size);
  let total = 0;
  for (let term = 0; term < size; term++) {
    starts[term] = total;
    total += (counts[term] as number) * 2;
  }
  const postings = new Int32Array(total);
  const next = starts.slice();
  const lastIds = new Int32Array(size);
  numbered.forEach(([numbers, weights], id) => {
    for (let index = 0; index < numbers.length; index++) {
      const term = numbers[index] as number;
      const at = next[term] as number;
      postings[at] = at === starts[term] ? id : id - (lastIds[term] as number);
      postings[at + 1] = weights.charCodeAt(index) - WEIGHT_OFFSET;
      next[term] = at + 2;
      lastIds[term] = id;
    }
  });
  const byTerm = new Map<string, Int32Array>();
  for (let term = 0; term < size; term++) {
    const start = starts[term] as number;
    if (counts[term]) byTerm.set(vocabulary.terms[term] as string, postings.subarray(start, start + (counts[term] as number) * 2));
  }
  return byTerm;
}

/** Shard name → its JSON; two-character shards longer than `splitAt` are split by three. */
function shardTerms(postings: Map<string, Int32Array>, splitAt: number): { shards: Map<string, Uint8Array>; split: string[] } {
  const byShard = (depth: number, terms: Iterable<string>) => {
    const groups = new Map<string, string[]>();
    for (const term of terms) {
      const characters = [...term];
      const name = shardName(characters, characters.length > 2 ? depth : 2);
      const group = groups.get(name);
      if (group) group.push(term);
      else groups.set(name, [term]);
    }
    return groups;
  };
  const shards = new Map<string, Uint8Array>();
  const split: string[] = [];
  for (const [name, terms] of byShard(2, postings.keys())) {
    // Each term's entry is written once: a shard too long for one file reuses them in its parts,
    // and most of a large site's postings are in such shards.
    const entries = new Map(terms.sort().map((term) => [term, postingsEntry(term, postings.get(term) ?? new Int32Array())]));
    let length = entries.size + 1;
    for (const entry of entries.values()) length += entry.characters;
    if (length <= splitAt) {
      shards.set(name, shardJson([...entries.values()].map((entry) => entry.bytes)));
      continue;
    }
    split.push(name);
    for (const [subName, subTerms] of byShard(3, entries.keys())) {
      shards.set(subName, shardJson(subTerms.map((term) => (entries.get(term) as PostingsEntry).bytes)));
    }
  }
  return { shards, split: split.sort() };
}
