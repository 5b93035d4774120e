// The search rules shared by the build (src/search/search-index.ts writes the index with them) and
// readers' browsers (search.js queries it with them), so that a query is split into words exactly
// as the articles were. Plain JavaScript because the browser loads this very file.

const WORD = /[\p{L}\p{N}]+/gu;
const COMBINING_MARKS = /\p{M}+/gu;

/** Shorter words are not indexed: "a", "I" and single digits would match nearly everything. */
export const MIN_TERM_LENGTH = 2;
/** A query word this long also finds longer words it begins ("pollack" finds "pollacks"). */
export const MIN_PREFIX_LENGTH = 3;

/**
 * Lower-cased words without accents, short ones left out: "Café Zürich's" → ["cafe", "zurich"].
 * @param {string} text
 * @returns {string[]}
 */
export function searchTerms(text) {
  const folded = text.normalize("NFKD").replace(COMBINING_MARKS, "").toLowerCase();
  return (folded.match(WORD) ?? []).filter((term) => term.length >= MIN_TERM_LENGTH);
}

/**
 * The index file that holds a term: named by the code points of its first two characters, or of
 * its first three when the two-character file grew too large and was split (`split` lists those).
 * A prefix query therefore needs one file, and every name is safe on any file system.
 * @param {string} term
 * @param {ReadonlySet<string>} split
 * @returns {string}
 */
export function shardOf(term, split) {
  const characters = [...term];
  const short = shardName(characters, 2);
  return split.has(short) && characters.length > 2 ? shardName(characters, 3) : short;
}

/**
 * @param {string[]} characters
 * @param {number} length
 */
export function shardName(characters, length) {
  return characters
    .slice(0, length)
    .map((character) => (character.codePointAt(0) ?? 0).toString(16))
    .join("-");
}

/**
 * Whether a query word finds an indexed word: the same word, or one it begins if it is long enough.
 * @param {string} indexTerm
 * @param {string} queryTerm
 */
export function matchesTerm(indexTerm, queryTerm) {
  return indexTerm === queryTerm || (queryTerm.length >= MIN_PREFIX_LENGTH && indexTerm.startsWith(queryTerm));
}

/**
 * Documents matching every query term, best first. A shard maps a term to its postings:
 * [document id delta, weight, document id delta, weight, …] with ids ascending.
 * @param {string[]} queryTerms from searchTerms
 * @param {(term: string) => Record<string, number[]> | undefined} shardFor the loaded shard of a term
 * @param {number} documentCount
 * @returns {{ id: number, score: number }[]}
 */
export function rankDocuments(queryTerms, shardFor, documentCount) {
  const unique = [...new Set(queryTerms)];
  if (unique.length === 0) return [];
  /** @type {Map<number, number> | undefined} */
  let totals;
  for (const queryTerm of unique) {
    const scores = termScores(queryTerm, shardFor(queryTerm) ?? {}, documentCount);
    if (!totals) {
      totals = scores;
      continue;
    }
    /** @type {Map<number, number>} */
    const both = new Map();
    for (const [id, score] of scores) {
      const total = totals.get(id);
      if (total !== undefined) both.set(id, total + score);
    }
    totals = both;
  }
  return [...(totals ?? [])].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || a.id - b.id);
}

/**
 * @param {string} queryTerm
 * @param {Record<string, number[]>} shard
 * @param {number} documentCount
 */
function termScores(queryTerm, shard, documentCount) {
  /** @type {Map<number, number>} */
  const scores = new Map();
  for (const [term, postings] of Object.entries(shard)) {
    if (!matchesTerm(term, queryTerm)) continue;
    // Rare words count for more than common ones (inverse document frequency).
    const rarity = Math.log(1 + documentCount / (postings.length / 2));
    for (let index = 0, id = 0; index < postings.length; index += 2) {
      id += postings[index] ?? 0;
      const score = (postings[index + 1] ?? 0) * rarity;
      if (score > (scores.get(id) ?? 0)) scores.set(id, score);
    }
  }
  return scores;
}
