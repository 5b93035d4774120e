import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { moreInSection } from "../../src/listings/more-in-section.ts";

describe("moreInSection", () => {
  const section = ["g", "f", "e", "d", "c", "b", "a"];

  it("takes the five newest articles other than the current one", () => {
    assert.deepEqual(moreInSection(section, "g"), ["f", "e", "d", "c", "b"]);
    assert.deepEqual(moreInSection(section, "d"), ["g", "f", "e", "c", "b"]);
  });

  it("returns fewer when the section is small, and nothing for a lone article", () => {
    assert.deepEqual(moreInSection(["b", "a"], "a"), ["b"]);
    assert.deepEqual(moreInSection(["a"], "a"), []);
  });

  it("honours a different count", () => {
    assert.deepEqual(moreInSection(section, "a", 2), ["g", "f"]);
  });
});
