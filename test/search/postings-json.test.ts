import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { postingsEntry, shardJson } from "../../src/search/postings-json.ts";

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
/** What the entry must be: the term as JSON, and the postings as `join` writes them. */
const expected = (term: string, postings: Int32Array) => `${JSON.stringify(term)}:[${postings.join(",")}]`;

describe("postingsEntry", () => {
  it("writes a term and its postings as JSON.stringify and join would, with the length in characters", () => {
    const cases: [string, number[]][] = [
      ["harbour", [0, 5, 3, 1, 120, 100]],
      ["café", [7, 1]],
      ["東京", [2147483647, 9, 10, 99, 100, 1000]],
      ["rowing🚣", [1, 1]],
      ['quote"back\\slash', [0, 0]],
      ["negative", [-5, -2147483648, 3]],
      ["none", []],
    ];
    for (const [term, numbers] of cases) {
      const postings = Int32Array.from(numbers);
      const entry = postingsEntry(term, postings);
      assert.equal(text(entry.bytes), expected(term, postings), term);
      assert.equal(entry.characters, expected(term, postings).length, term);
    }
  });

  it("writes a postings list longer than its scratch buffer, and a short one after it", () => {
    const long = Int32Array.from({ length: 200_000 }, (_, index) => (index * 7919) % 100_003);
    assert.equal(text(postingsEntry("the", long).bytes), expected("the", long));
    const short = Int32Array.from([4, 2]);
    assert.equal(text(postingsEntry("a", short).bytes), expected("a", short));
  });
});

describe("shardJson", () => {
  it("joins entries into one JSON object, and writes {} for none", () => {
    const entries = [postingsEntry("a", Int32Array.from([1, 2])), postingsEntry("ab", Int32Array.from([3, 4]))];
    assert.deepEqual(JSON.parse(text(shardJson(entries.map((entry) => entry.bytes)))), { a: [1, 2], ab: [3, 4] });
    assert.equal(text(shardJson([])), "{}");
  });
});
