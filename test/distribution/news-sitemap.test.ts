import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseIsoDate } from "../../src/articles/dates.ts";
import { newsLanguage, recentArticles, renderNewsSitemaps } from "../../src/distribution/news-sitemap.ts";
import { fileAt, HOSTILE_TITLE, loadNewsFixture, NEWS_SITE_URL } from "../helpers/distribution.ts";
import { childrenOf, only, parseXml } from "../helpers/xml.ts";

const SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
const NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

describe("the Google News sitemap", () => {
  it("lists only articles published in the two days up to BUILD_NOW, with Google's required elements", async () => {
    const model = await loadNewsFixture("2026-03-10T12:00:00Z");
    const urlset = parseXml(fileAt(model, "/news-sitemap.xml").body);
    assert.equal(urlset.uri, SITEMAP);
    assert.equal(urlset.local, "urlset");
    const urls = childrenOf(urlset, SITEMAP, "url");
    assert.deepEqual(
      urls.map((url) => only(url, SITEMAP, "loc").text),
      [`${NEWS_SITE_URL}/harbour/hostile/`, `${NEWS_SITE_URL}/harbour/window-start/`],
    );
    for (const url of urls) {
      const news = only(url, NEWS, "news");
      const publication = only(news, NEWS, "publication");
      assert.equal(only(publication, NEWS, "name").text, "Tideline Courier Ltd");
      assert.equal(only(publication, NEWS, "language").text, "en");
      assert.ok(!Number.isNaN(Date.parse(only(news, NEWS, "publication_date").text)));
      assert.ok(only(news, NEWS, "title").text.length > 0);
    }
    assert.equal(only(only(urls[0]!, NEWS, "news"), NEWS, "title").text, HOSTILE_TITLE);
  });

  it("moves with the build time: a day later the window-edge article has gone and the scheduled one is in", async () => {
    const model = await loadNewsFixture("2026-03-11T12:00:00Z");
    const locs = childrenOf(parseXml(fileAt(model, "/news-sitemap.xml").body), SITEMAP, "url").map((url) => only(url, SITEMAP, "loc").text);
    assert.deepEqual(locs, [`${NEWS_SITE_URL}/harbour/scheduled/`, `${NEWS_SITE_URL}/harbour/hostile/`]);
  });

  it("is an empty but valid urlset when nothing is recent", async () => {
    const model = await loadNewsFixture("2026-06-01T00:00:00Z");
    const urlset = parseXml(fileAt(model, "/news-sitemap.xml").body);
    assert.equal(urlset.local, "urlset");
    assert.equal(childrenOf(urlset, SITEMAP, "url").length, 0);
  });

  it("splits into files of at most the limit under a sitemap index", async () => {
    const buildNow = "2026-03-04T09:00:00Z";
    const model = await loadNewsFixture(buildNow);
    const buildTime = parseIsoDate(buildNow)!;
    const recent = recentArticles(model.articles, buildTime);
    assert.equal(recent.length, 3, "briefs 30, 31 and 32");
    const files = renderNewsSitemaps(model.articles, model.context.site, buildTime, 2);
    const index = parseXml(files[0]!.body);
    assert.equal(files[0]!.url, "/news-sitemap.xml");
    assert.equal(index.local, "sitemapindex");
    const parts = childrenOf(index, SITEMAP, "sitemap").map((entry) => only(entry, SITEMAP, "loc").text);
    assert.deepEqual(
      parts,
      files.slice(1).map((file) => `${NEWS_SITE_URL}${file.url}`),
    );
    const counts = files.slice(1).map((file) => childrenOf(parseXml(file.body), SITEMAP, "url").length);
    assert.deepEqual(counts, [2, 1]);
  });

  it("uses Google's language codes", () => {
    assert.equal(newsLanguage("en-GB"), "en");
    assert.equal(newsLanguage("zh-TW"), "zh-tw");
    assert.equal(newsLanguage("zh-Hans"), "zh-cn");
    assert.equal(newsLanguage("nb"), "nb");
  });
});
