import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Article } from "../../src/articles/article.ts";
import { identify } from "../../src/articles/article-identity.ts";
import { createPageFingerprinter } from "../../src/pages/page-fingerprint.ts";
import type { Page } from "../../src/pages/types.ts";
import { FIXTURE_CONTEXT } from "../helpers/site-context.ts";
import { testArticle } from "../helpers/articles.ts";

const context = FIXTURE_CONTEXT;

/** The fingerprint of a section page listing `articles`, in a fresh fingerprinter as a new build makes. */
function listingPrint(articles: Article[], siteContext = context): string {
  const page: Page = {
    kind: "section",
    url: "/world/",
    section: { slug: "world", title: "World" },
    listing: { items: articles, pageNumber: 1, pageCount: 1, url: "/world/" },
    thumbnails: {},
  } as Page;
  return createPageFingerprinter()(articles, siteContext)(page);
}

describe("page fingerprints", () => {
  it("change when anything an article listed on the page shows changes, and only then", () => {
    const print = listingPrint([testArticle("world", 1), testArticle("world", 2)]);
    assert.equal(listingPrint([testArticle("world", 1), testArticle("world", 2)]), print);
    assert.notEqual(listingPrint([testArticle("world", 1), testArticle("world", 2, { title: "Another headline" })]), print);
    assert.notEqual(listingPrint([testArticle("world", 1), testArticle("world", 2, { html: "<p>Another body.</p>" })]), print);
    assert.notEqual(listingPrint([testArticle("world", 2), testArticle("world", 1)]), print, "the order is part of the page");
  });

  it("change with the site's data and the build's year, not with the rest of its time", () => {
    const articles = [testArticle("world", 1)];
    const print = listingPrint(articles);
    assert.equal(listingPrint(articles, { ...context, buildTime: new Date("2026-09-30T12:00:00Z") }), print);
    assert.notEqual(listingPrint(articles, { ...context, buildTime: new Date("2027-01-01T00:00:00Z") }), print);
    assert.notEqual(listingPrint(articles, { ...context, site: { ...context.site, title: "Other Gazette" } }), print);
  });

  it("take an article with an identity by that identity, not by its fields", () => {
    const named = (identity: string, fields: Parameters<typeof testArticle>[2] = {}) => identify(testArticle("world", 1, fields), identity);
    const print = listingPrint([named("one")]);
    assert.equal(listingPrint([named("one", { title: "Fields that follow from the identity" })]), print);
    assert.notEqual(listingPrint([named("two")]), print);
    assert.notEqual(listingPrint([testArticle("world", 1)]), print, "an article without one is taken by its JSON");
  });
});
