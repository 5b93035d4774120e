import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  articleUrl,
  contentFileUrl,
  feedUrls,
  listingPageUrl,
  NEWS_SITEMAP_URL,
  sectionUrl,
  SITEMAP_URL,
  sitemapPartUrl,
  staticPageUrl,
  termSlugUrl,
  termUrl,
} from "../../src/urls/urls.ts";

describe("site URLs", () => {
  it("puts an article in its section's folder and a content page at the root", () => {
    assert.equal(articleUrl("world", "harbour-strike-ends"), "/world/harbour-strike-ends/");
    assert.equal(sectionUrl("world"), "/world/");
    assert.equal(staticPageUrl("about"), "/about/");
  });

  it("numbers listing pages after the first, which is the listing's own URL", () => {
    assert.deepEqual(
      [1, 2, 3].map((pageNumber) => listingPageUrl("/tags/harbour/", pageNumber)),
      ["/tags/harbour/", "/tags/harbour/page/2/", "/tags/harbour/page/3/"],
    );
  });

  it("gives a tag or author the URL of its slug, however the name is spelled, and none without a slug", () => {
    assert.equal(termUrl("tags", "Harbour Fees"), "/tags/harbour-fees/");
    assert.equal(termUrl("authors", "Błaszczak"), "/authors/blaszczak/");
    assert.equal(termUrl("tags", "—"), undefined);
    assert.equal(termSlugUrl("authors", "ines-varga"), "/authors/ines-varga/");
  });

  it("keeps the site's feeds at the root and a section's beside its page", () => {
    assert.deepEqual(feedUrls(), { homePath: "/", atomPath: "/feed.xml", jsonPath: "/feed.json" });
    assert.deepEqual(feedUrls("world"), { homePath: "/world/", atomPath: "/world/feed.xml", jsonPath: "/world/feed.json" });
  });

  it("names sitemaps and their numbered parts", () => {
    assert.equal(SITEMAP_URL, "/sitemap.xml");
    assert.equal(NEWS_SITEMAP_URL, "/news-sitemap.xml");
    assert.equal(sitemapPartUrl("sitemap", 2), "/sitemap-2.xml");
  });

  it("publishes a content file at its path in the content folder", () => {
    assert.equal(contentFileUrl("images/pier.jpg"), "/images/pier.jpg");
  });
});
