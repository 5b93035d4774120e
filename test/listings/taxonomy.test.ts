import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { groupByTerm, termLinks } from "../../src/listings/taxonomy.ts";

interface Item {
  id: string;
  tags: string[];
}

const item = (id: string, ...tags: string[]): Item => ({ id, tags });

describe("groupByTerm", () => {
  it("puts names that slug alike on one term and keeps the input order of items", () => {
    const items = [item("c", "Harbour"), item("b", "harbour"), item("a", "HARBOUR", "Ferries")];
    const terms = groupByTerm(items, "tags", (entry) => entry.tags);
    assert.deepEqual(
      terms.map((term) => [term.slug, term.url, term.items.map((entry) => entry.id)]),
      [
        ["ferries", "/tags/ferries/", ["a"]],
        ["harbour", "/tags/harbour/", ["c", "b", "a"]],
      ],
    );
  });

  it("names a term by its most common spelling, and by the first seen on a tie", () => {
    const mostCommon = groupByTerm([item("1", "harbour"), item("2", "Harbour"), item("3", "Harbour")], "tags", (entry) => entry.tags);
    assert.equal(mostCommon[0]?.name, "Harbour");
    const tie = groupByTerm([item("1", "Ana Lima"), item("2", "ana lima")], "authors", (entry) => entry.tags);
    assert.equal(tie[0]?.name, "Ana Lima");
    assert.equal(tie[0]?.url, "/authors/ana-lima/");
  });

  it("lists an item once when it names the same term twice", () => {
    const terms = groupByTerm([item("1", "Harbour", "harbour")], "tags", (entry) => entry.tags);
    assert.deepEqual(
      terms[0]?.items.map((entry) => entry.id),
      ["1"],
    );
  });

  it("transliterates names as article slugs do and skips names with nothing to slug", () => {
    const terms = groupByTerm([item("1", "Błaszczak", "!!!")], "authors", (entry) => entry.tags);
    assert.deepEqual(
      terms.map((term) => term.url),
      ["/authors/blaszczak/"],
    );
  });
});

describe("termLinks", () => {
  it("links each distinct name once, as first written, and leaves out names with no slug", () => {
    assert.deepEqual(termLinks("tags", ["Harbour", "harbour", "?", "Ferries"]), [
      { name: "Harbour", url: "/tags/harbour/" },
      { name: "Ferries", url: "/tags/ferries/" },
    ]);
  });
});
