import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { closestMatch, editDistance } from "../../src/articles/suggest.ts";

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    assert.equal(editDistance("titel", "title"), 2);
    assert.equal(editDistance("wrold", "world"), 2);
    assert.equal(editDistance("summary", "sumary"), 1);
    assert.equal(editDistance("", "tags"), 4);
    assert.equal(editDistance("date", "date"), 0);
  });

  it("is symmetric and zero only between equal words", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const distance = editDistance(a, b);
        return distance === editDistance(b, a) && (distance === 0) === (a === b);
      }),
    );
  });
});

describe("closestMatch", () => {
  const FIELDS = ["title", "date", "section", "summary", "author", "tags", "updated", "slug", "image", "draft"];

  it("suggests the field or section an editor probably meant", () => {
    assert.equal(closestMatch("titel", FIELDS), "title");
    assert.equal(closestMatch("Sumary", FIELDS), "summary");
    assert.equal(closestMatch("authors", FIELDS), "author");
    assert.equal(closestMatch("sprot", ["world", "sport", "culture"]), "sport");
  });

  it("suggests nothing when no candidate is close", () => {
    assert.equal(closestMatch("weather", FIELDS), undefined);
    assert.equal(closestMatch("anything", []), undefined);
  });
});
