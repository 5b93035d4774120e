import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { paginate } from "../../src/listings/paginate.ts";

describe("paginate", () => {
  const items = Array.from({ length: 45 }, (_, index) => index);

  it("splits into pages of the given size with /page/N/ URLs after the first", () => {
    const pages = paginate(items, 20, "/world/");
    assert.deepEqual(
      pages.map((page) => page.url),
      ["/world/", "/world/page/2/", "/world/page/3/"],
    );
    assert.deepEqual(
      pages.map((page) => page.items.length),
      [20, 20, 5],
    );
    assert.equal(pages[2]?.items[0], 40);
    assert.ok(pages.every((page) => page.pageCount === 3));
  });

  it("links each page to its neighbours", () => {
    const [first, second, third] = paginate(items, 20, "/world/");
    assert.equal(first?.previousUrl, undefined);
    assert.equal(first?.nextUrl, "/world/page/2/");
    assert.equal(second?.previousUrl, "/world/");
    assert.equal(second?.nextUrl, "/world/page/3/");
    assert.equal(third?.nextUrl, undefined);
  });

  it("keeps one empty first page for an empty list", () => {
    const pages = paginate([], 20, "/culture/");
    assert.equal(pages.length, 1);
    assert.deepEqual(pages[0]?.items, []);
    assert.equal(pages[0]?.url, "/culture/");
  });
});
