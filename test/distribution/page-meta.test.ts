import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import type { HTMLElement } from "node-html-parser";
import { HOSTILE_TITLE, NEWS_BUILD_NOW, NEWS_SITE_URL } from "../helpers/distribution.ts";
import { buildFixture, fixture, outputFileOf, type BuiltSite } from "../helpers/site.ts";

const meta = (page: HTMLElement, key: string) =>
  page.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`).map((element) => element.getAttribute("content"));

/** Every page of the site; not `/admin/`, the editors' app, which is `noindex` and in no listing. */
function htmlPageUrls(output: string): string[] {
  return (readdirSync(output, { recursive: true }) as string[])
    .filter((file) => file.endsWith("index.html") && !file.startsWith(`admin${path.sep}`))
    .map((file) => `/${path.dirname(file).split(path.sep).join("/")}/`.replace(/^\/\.\/$/, "/"));
}

describe("page metadata", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture(fixture("distribution-news"), NEWS_BUILD_NOW);
  });

  it("gives every page a title, an absolute canonical link, a description, Open Graph and Twitter tags and feed links", () => {
    const urls = htmlPageUrls(site.output);
    assert.ok(urls.length > 10);
    for (const url of urls) {
      const page = site.page(url);
      const canonical = `${NEWS_SITE_URL}${url}`;
      assert.ok(page.querySelector("title")?.text.trim(), `${url} has a title`);
      assert.equal(page.querySelector('link[rel="canonical"]')?.getAttribute("href"), canonical);
      assert.equal(meta(page, "og:url")[0], canonical);
      assert.ok(meta(page, "description")[0], `${url} has a description`);
      for (const key of ["og:title", "og:description", "og:type", "og:site_name", "twitter:card", "twitter:title", "twitter:description"]) {
        assert.equal(meta(page, key).length, 1, `${url} has one ${key}`);
      }
      const feeds = page.querySelectorAll('link[rel="alternate"]');
      assert.deepEqual(feeds.map((link) => link.getAttribute("type")).sort(), ["application/atom+xml", "application/feed+json"]);
      for (const link of feeds) assert.ok(existsSync(outputFileOf(site.output, new URL(link.getAttribute("href")!).pathname)));
    }
  });

  it("links the section's feeds on section and article pages, the site's elsewhere", () => {
    const feedsOf = (url: string) =>
      site
        .page(url)
        .querySelectorAll('link[rel="alternate"]')
        .map((link) => link.getAttribute("href"));
    assert.deepEqual(feedsOf("/harbour/"), [`${NEWS_SITE_URL}/harbour/feed.xml`, `${NEWS_SITE_URL}/harbour/feed.json`]);
    assert.deepEqual(feedsOf("/briefs/page/2/"), [`${NEWS_SITE_URL}/briefs/feed.xml`, `${NEWS_SITE_URL}/briefs/feed.json`]);
    assert.deepEqual(feedsOf("/harbour/hostile/"), [`${NEWS_SITE_URL}/harbour/feed.xml`, `${NEWS_SITE_URL}/harbour/feed.json`]);
    assert.deepEqual(feedsOf("/"), [`${NEWS_SITE_URL}/feed.xml`, `${NEWS_SITE_URL}/feed.json`]);
  });

  it("describes an article for link previews: type, times, section, tags and the built image", () => {
    const page = site.page("/harbour/hostile/");
    assert.deepEqual(meta(page, "og:type"), ["article"]);
    assert.deepEqual(meta(page, "og:title"), [HOSTILE_TITLE]);
    assert.deepEqual(meta(page, "article:published_time"), ["2026-03-10T11:00:00Z"]);
    assert.deepEqual(meta(page, "article:modified_time"), ["2026-03-10T11:45:00Z"]);
    assert.deepEqual(meta(page, "article:section"), ["Harbour"]);
    assert.deepEqual(meta(page, "article:tag"), ["</script>", "fire & rescue"]);
    assert.deepEqual(meta(page, "twitter:card"), ["summary_large_image"]);
    const image = meta(page, "og:image")[0]!;
    assert.ok(image.startsWith(`${NEWS_SITE_URL}/`) && existsSync(outputFileOf(site.output, new URL(image).pathname)), image);
    assert.deepEqual(meta(page, "og:image:alt"), ["Smoke over the quay </script>"]);
  });

  it("uses the first sentence of the body as the description when there is no summary", () => {
    const page = site.page("/harbour/just-too-old/");
    assert.deepEqual(meta(page, "description"), ["This one has no summary."]);
    assert.deepEqual(meta(page, "og:description"), ["This one has no summary."]);
    assert.deepEqual(meta(page, "og:image"), []);
    assert.deepEqual(meta(page, "twitter:card"), ["summary"]);
  });

  it("gives listings the website type", () => {
    assert.deepEqual(meta(site.page("/"), "og:type"), ["website"]);
    assert.deepEqual(meta(site.page("/harbour/"), "og:type"), ["website"]);
  });
});
