import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { ownString, ownStrings } from "../../src/articles/own-strings.ts";

describe("ownString", () => {
  it("gives the same text for any string, including slices and strings built from pieces", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.nat(), (text, cut) => {
        const slice = text.slice(cut % (text.length + 1));
        assert.equal(ownString(slice), slice);
        assert.equal(ownString(`${text}${slice}`), text + slice);
      }),
    );
  });
});

describe("ownStrings", () => {
  it("copies the strings of plain objects and arrays and keeps everything else as it is", () => {
    const date = new Date("2026-01-01T00:00:00Z");
    const value = {
      title: "A headline".slice(2),
      tags: ["one", "two"],
      date,
      corrections: [{ date, text: "Fixed" }],
      count: 3,
      empty: undefined,
    };
    const copy = ownStrings(value);
    assert.deepEqual(copy, value);
    assert.equal(copy.date, date, "Dates are kept, not copied");
    assert.notEqual(copy.corrections, value.corrections, "arrays are new");
  });
});
