import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Article } from "../../src/articles/article.ts";
import { buildTaxonomyPages, TAXONOMY_PAGE_SIZE } from "../../src/pages/taxonomy-pages.ts";
import type { PageKind, PageOfKind } from "../../src/pages/types.ts";
import { testArticle } from "../helpers/articles.ts";

function article(day: number, tags: string[], author: string[]): Article {
  return testArticle("world", day, {
    title: `Story ${day}`,
    author,
    tags,
    file: `${day}.md`,
    slug: `story-${day}`,
    url: `/world/story-${day}/`,
    sectionTitle: "World",
  });
}

describe("buildTaxonomyPages", () => {
  const newestFirst = Array.from({ length: TAXONOMY_PAGE_SIZE + 1 }, (_, index) => article(30 - index, ["Harbour"], ["ana lima"]));
  newestFirst.push(article(1, ["ferries"], ["Bo Ek"]));
  const pages = buildTaxonomyPages(newestFirst, [{ name: "Ana Lima", bio: "Covers the harbour." }]);
  const ofKind = <K extends PageKind>(kind: K) => pages.filter((page): page is PageOfKind<K> => page.kind === kind);

  it("paginates each tag like a section, keeping the newest-first order it was given", () => {
    assert.deepEqual(
      ofKind("tag").map((page) => page.url),
      ["/tags/ferries/", "/tags/harbour/", "/tags/harbour/page/2/"],
    );
    const harbour = ofKind("tag").find((page) => page.url === "/tags/harbour/");
    assert.equal(harbour?.listing.items.length, TAXONOMY_PAGE_SIZE);
    assert.equal(harbour?.listing.items[0]?.url, "/world/story-30/");
  });

  it("names an author page after the profile and attaches it", () => {
    const ana = ofKind("author").find((page) => page.url === "/authors/ana-lima/");
    assert.equal(ana?.name, "Ana Lima");
    assert.equal(ana?.profile?.bio, "Covers the harbour.");
    assert.equal(ofKind("author").find((page) => page.url === "/authors/bo-ek/")?.profile, undefined);
  });

  it("counts every term's articles on the index pages", () => {
    assert.deepEqual(ofKind("tag-index")[0]?.terms, [
      { name: "ferries", url: "/tags/ferries/", count: 1 },
      { name: "Harbour", url: "/tags/harbour/", count: TAXONOMY_PAGE_SIZE + 1 },
    ]);
    assert.deepEqual(
      ofKind("author-index")[0]?.terms.map((term) => term.url),
      ["/authors/ana-lima/", "/authors/bo-ek/"],
    );
  });
});
