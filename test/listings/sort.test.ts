import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { groupBy, newestFirst } from "../../src/listings/sort.ts";

describe("newestFirst", () => {
  it("orders by date, newest first, and breaks ties by URL whatever the input order", () => {
    const a = { url: "/x/a/", date: new Date("2026-01-01T00:00:00Z") };
    const b = { url: "/x/b/", date: new Date("2026-01-02T00:00:00Z") };
    const c = { url: "/x/c/", date: new Date("2026-01-01T00:00:00Z") };
    assert.deepEqual(
      newestFirst([a, b, c]).map((item) => item.url),
      ["/x/b/", "/x/a/", "/x/c/"],
    );
    assert.deepEqual(
      newestFirst([c, a, b]).map((item) => item.url),
      ["/x/b/", "/x/a/", "/x/c/"],
    );
  });

  it("does not reorder its input", () => {
    const input = [
      { url: "/a/", date: new Date(1) },
      { url: "/b/", date: new Date(2) },
    ];
    newestFirst(input);
    assert.equal(input[0]?.url, "/a/");
  });
});

describe("groupBy", () => {
  it("keeps the input order inside each group", () => {
    const groups = groupBy(["apple", "avocado", "banana", "apricot"], (word) => word[0]);
    assert.deepEqual(groups.get("a"), ["apple", "avocado", "apricot"]);
    assert.deepEqual(groups.get("b"), ["banana"]);
  });
});
