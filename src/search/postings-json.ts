/**
 * The index's shard files written as UTF-8 bytes by hand: a large site's postings are tens of
 * millions of numbers, and turning each into a string (`Int32Array#join`), joining the strings
 * and encoding the result took most of the index thread's time.
 */

const encoder = new TextEncoder();
const [COMMA, COLON, OPEN_LIST, CLOSE_LIST, OPEN_OBJECT, CLOSE_OBJECT, MINUS, ZERO] = [44, 58, 91, 93, 123, 125, 45, 48];
/** The most bytes one posting takes: an Int32 with its sign, and the comma before it. */
const MOST_PER_POSTING = 12;

/** One term's entry of a shard, `"term":[n,n,…]`, and its length in characters, which shard sizes are measured in. */
export interface PostingsEntry {
  bytes: Uint8Array;
  characters: number;
}

/** Reused between entries, and grown for the longest postings list. */
let scratch = new Uint8Array(1 << 16);

/** The entry of `term` with `postings`, as `JSON.stringify` and `postings.join(",")` would write it. */
export function postingsEntry(term: string, postings: Int32Array): PostingsEntry {
  const name = JSON.stringify(term);
  const nameBytes = encoder.encode(name);
  const most = nameBytes.length + 3 + postings.length * MOST_PER_POSTING;
  if (scratch.length < most) scratch = new Uint8Array(Math.max(most, scratch.length * 2));
  scratch.set(nameBytes, 0);
  let at = nameBytes.length;
  scratch[at++] = COLON;
  scratch[at++] = OPEN_LIST;
  for (let index = 0; index < postings.length; index++) {
    if (index > 0) scratch[at++] = COMMA;
    at = writeInteger(scratch, at, postings[index] as number);
  }
  scratch[at++] = CLOSE_LIST;
  return { bytes: scratch.slice(0, at), characters: at - nameBytes.length + name.length };
}

/** `{entry,entry,…}`: one shard file. */
export function shardJson(entries: readonly Uint8Array[]): Uint8Array {
  let length = 2 + Math.max(0, entries.length - 1);
  for (const entry of entries) length += entry.length;
  const bytes = new Uint8Array(length);
  let at = 0;
  bytes[at++] = OPEN_OBJECT;
  entries.forEach((entry, index) => {
    if (index > 0) bytes[at++] = COMMA;
    bytes.set(entry, at);
    at += entry.length;
  });
  bytes[at] = CLOSE_OBJECT;
  return bytes;
}

/** Writes `value`'s decimal digits at `at`, and returns where they end. */
function writeInteger(into: Uint8Array, at: number, value: number): number {
  let rest = value;
  if (rest < 0) {
    into[at++] = MINUS;
    rest = -rest;
  }
  let digits = 1;
  for (let left = rest; left >= 10; left = Math.floor(left / 10)) digits += 1;
  const end = at + digits;
  for (let position = end - 1; position >= at; position--) {
    into[position] = ZERO + (rest % 10);
    rest = Math.floor(rest / 10);
  }
  return end;
}
