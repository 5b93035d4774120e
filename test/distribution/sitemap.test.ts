import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { renderSitemaps, sitemapEntries } from "../../src/distribution/sitemap.ts";
import type { SiteModel } from "../../src/site/load-site.ts";
import { fileAt, loadNewsFixture, NEWS_SITE_URL } from "../helpers/distribution.ts";
import { childrenOf, only, parseXml } from "../helpers/xml.ts";

const SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

describe("the sitemap", () => {
  let model: SiteModel;
  before(async () => {
    model = await loadNewsFixture();
  });

  it("lists every published HTML page once, but not the 404 page, feeds or unpublished articles", () => {
    const urlset = parseXml(fileAt(model, "/sitemap.xml").body);
    assert.equal(urlset.uri, SITEMAP);
    assert.equal(urlset.local, "urlset");
    const locs = childrenOf(urlset, SITEMAP, "url").map((url) => only(url, SITEMAP, "loc").text);
    const htmlPages = model.pages.filter((page) => page.kind !== "file" && page.kind !== "not-found" && page.kind !== "content-errors");
    assert.deepEqual([...locs].sort(), htmlPages.map((page) => `${NEWS_SITE_URL}${page.url}`).sort());
    assert.equal(new Set(locs).size, locs.length);
    assert.ok(!locs.some((loc) => /404|feed|draft|scheduled/.test(loc)));
  });

  it("dates articles by their last change and listings by their newest article", () => {
    const urls = childrenOf(parseXml(fileAt(model, "/sitemap.xml").body), SITEMAP, "url");
    const lastmod = (path: string) => {
      const url = urls.find((candidate) => only(candidate, SITEMAP, "loc").text === `${NEWS_SITE_URL}${path}`);
      return url && only(url, SITEMAP, "lastmod").text;
    };
    assert.equal(lastmod("/harbour/hostile/"), "2026-03-10T11:45:00Z");
    assert.equal(lastmod("/harbour/window-start/"), "2026-03-08T12:00:00Z");
    assert.equal(lastmod("/harbour/"), "2026-03-10T11:45:00Z");
    assert.equal(lastmod("/briefs/page/2/"), "2026-02-12T09:00:00Z");
    assert.equal(lastmod("/"), "2026-03-10T11:45:00Z");
    for (const url of urls) {
      for (const element of childrenOf(url, SITEMAP, "lastmod")) assert.match(element.text, W3C_DATETIME);
    }
  });

  it("leaves out drafts and scheduled articles on the preview server", async () => {
    const preview = await loadNewsFixture(undefined, true);
    assert.ok(
      preview.pages.some((page) => page.url === "/harbour/draft/"),
      "the preview renders the draft",
    );
    const locs = childrenOf(parseXml(fileAt(preview, "/sitemap.xml").body), SITEMAP, "url").map((url) => only(url, SITEMAP, "loc").text);
    assert.ok(!locs.includes(`${NEWS_SITE_URL}/harbour/draft/`));
    assert.ok(!locs.includes(`${NEWS_SITE_URL}/harbour/scheduled/`));
    assert.ok(locs.includes(`${NEWS_SITE_URL}/harbour/hostile/`));
  });

  it("becomes a sitemap index of numbered sitemaps past the URL limit", () => {
    const entries = sitemapEntries(model.pages);
    const files = renderSitemaps(entries, NEWS_SITE_URL, 10);
    assert.equal(files[0]!.url, "/sitemap.xml");
    const index = parseXml(files[0]!.body);
    assert.equal(index.local, "sitemapindex");
    assert.equal(index.uri, SITEMAP);
    const parts = childrenOf(index, SITEMAP, "sitemap");
    assert.deepEqual(
      parts.map((part) => only(part, SITEMAP, "loc").text),
      files.slice(1).map((file) => `${NEWS_SITE_URL}${file.url}`),
    );
    assert.ok(parts.every((part) => W3C_DATETIME.test(only(part, SITEMAP, "lastmod").text)));
    const perFile = files
      .slice(1)
      .map((file) => childrenOf(parseXml(file.body), SITEMAP, "url").map((url) => only(url, SITEMAP, "loc").text));
    assert.ok(perFile.every((locs) => locs.length <= 10 && locs.length > 0));
    assert.deepEqual(
      perFile.flat(),
      entries.map((entry) => `${NEWS_SITE_URL}${entry.path}`),
    );
  });

  it("stays a single urlset at exactly the limit", () => {
    const entries = sitemapEntries(model.pages);
    const files = renderSitemaps(entries, NEWS_SITE_URL, entries.length);
    assert.equal(files.length, 1);
    assert.equal(parseXml(files[0]!.body).local, "urlset");
  });
});
