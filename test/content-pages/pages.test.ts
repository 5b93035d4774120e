import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { findContentError, formatIssue } from "../../src/articles/content-issue.ts";
import { checkContent } from "../../src/site/load-site.ts";
import { buildFixture, fixture, PROJECT_ROOT, type BuiltSite } from "../helpers/site.ts";

describe("the content folder's own pages", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture(fixture("pages"));
  });

  it("are written at /<slug>/ in the site's layout, with their title and text and no byline, reading time or related articles", () => {
    const page = site.page("/about/");
    assert.equal(page.querySelector("title")?.textContent, "About the Echo | Millbrook Echo");
    assert.ok(page.querySelector(".site-header .section-nav"), "the site's header");
    assert.ok(page.querySelector("footer.site-footer"), "the site's footer");
    assert.equal(page.querySelector("main h1")?.textContent, "About the Echo");
    assert.equal(page.querySelector('meta[name="description"]')?.getAttribute("content"), "Who writes the Millbrook Echo.");
    assert.equal(page.querySelector("main .article-meta time")?.getAttribute("datetime"), "2026-01-15T00:00:00Z");
    assert.equal(page.querySelector('main .article-body a[href="/masthead/"]')?.textContent, "the masthead");
    for (const absent of [".byline", ".reading-time", ".more-in-section", ".article-tags"])
      assert.equal(page.querySelector(absent), null, absent);
  });

  it("take their slug from the file name unless they set one, at any depth of pages/", () => {
    assert.equal(site.page("/masthead/").querySelector("main h2")?.textContent, "Editors");
    assert.ok(site.exists("/corrections-policy/"));
    assert.ok(!site.exists("/people/"));
  });

  it("are in sitemap.xml, but in no feed, listing, search index or news sitemap", () => {
    const sitemap = site.read("/sitemap.xml");
    assert.match(sitemap, /<loc>https:\/\/echo\.example\.net\/about\/<\/loc><lastmod>2026-01-15T00:00:00Z<\/lastmod>/);
    assert.match(sitemap, /<loc>https:\/\/echo\.example\.net\/masthead\/<\/loc>/);
    for (const url of ["/feed.xml", "/feed.json", "/news/feed.xml", "/news-sitemap.xml"]) {
      assert.doesNotMatch(site.read(url), /About the Echo|\/masthead\//, url);
    }
    const index = path.join(site.output, "search/index");
    const indexFiles = readdirSync(index, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    assert.ok(indexFiles.length > 0, "the search index was written");
    for (const entry of indexFiles)
      assert.doesNotMatch(readFileSync(path.join(entry.parentPath, entry.name), "utf8"), /About the Echo|masthead/i, entry.name);
    // The footer links them on every page: only the listings themselves must leave them out.
    for (const url of ["/", "/news/"])
      assert.doesNotMatch(site.page(url).querySelector("main")?.innerHTML ?? "", /About the Echo|\/masthead\//, url);
  });

  it("may be linked from articles and from each other", () => {
    assert.ok(site.page("/news/mill-reopens/").querySelector('.article-body a[href="/corrections-policy/"]'));
  });
});

describe("pages the build refuses", () => {
  const expected = [
    'test/fixtures/invalid-pages/pages/about.md:1: slug: "/about/" is also the URL of test/fixtures/invalid-pages/pages/more/about-us.md (expected one page per slug: rename one file or set slug)',
    'test/fixtures/invalid-pages/pages/about.md:5: body: link "/nowhere/" is not a page of this site (expected the URL of a published article, section, tag, author or other page, or a file under images/)',
    'test/fixtures/invalid-pages/pages/more/about-us.md:3: slug: "/about/" is also the URL of test/fixtures/invalid-pages/pages/about.md (expected one page per slug: rename one file or set slug)',
    "test/fixtures/invalid-pages/pages/moved.md:3: permalink: cannot be set in a page (the URL is /<slug>/: use slug to change it)",
    'test/fixtures/invalid-pages/pages/news.md:1: slug: "/news/" is also the section "News" in test/fixtures/invalid-pages/_data/sections.json (expected a slug no section uses)',
    'test/fixtures/invalid-pages/pages/tags.md:1: slug: "/tags/" is used by the site\'s own pages (expected a slug other than tags, authors, search, img, assets, admin, images, feed, sitemap, robots, news-sitemap, 404, corrections)',
    "test/fixtures/invalid-pages/pages/untitled.md:1: title: is missing (expected the page's title as text)",
  ];

  it("names both files of a clash, a section's or a built-in page's slug, a missing title and a broken link, in check and build alike", async () => {
    const checked = (await checkContent({ inputDir: fixture("invalid-pages"), cwd: PROJECT_ROOT })).map(formatIssue);
    assert.deepEqual(checked, expected);
    const error = await buildFixture(fixture("invalid-pages")).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    assert.deepEqual(findContentError(error)?.issues.map(formatIssue), expected);
  });
});
