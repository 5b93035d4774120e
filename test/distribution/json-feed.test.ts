import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { findContentError, formatIssue } from "../../src/articles/content-issue.ts";
import { parseIsoDate } from "../../src/articles/dates.ts";
import { loadSite, type SiteModel } from "../../src/site/load-site.ts";
import { fileAt, HOSTILE_TITLE, loadNewsFixture, NEWS_BUILD_NOW, NEWS_SITE_URL } from "../helpers/distribution.ts";
import { copyOfFixture } from "../security/payloads.ts";

interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_html: string;
  image?: string;
  date_published: string;
  date_modified: string;
  authors?: { name: string; url?: string }[];
  tags: string[];
}

interface JsonFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  items: JsonFeedItem[];
  [key: string]: unknown;
}

const parseFeed = (model: SiteModel, url: string) => JSON.parse(fileAt(model, url).body) as JsonFeed;

describe("JSON feeds", () => {
  let model: SiteModel;
  before(async () => {
    model = await loadNewsFixture();
  });

  it("declare JSON Feed 1.1 with the required top-level properties", () => {
    for (const [url, home] of [
      ["/feed.json", "/"],
      ["/harbour/feed.json", "/harbour/"],
      ["/empty/feed.json", "/empty/"],
    ] as const) {
      const feed = parseFeed(model, url);
      assert.equal(feed.version, "https://jsonfeed.org/version/1.1");
      assert.ok(feed.title);
      assert.equal(feed.home_page_url, `${NEWS_SITE_URL}${home}`);
      assert.equal(feed.feed_url, `${NEWS_SITE_URL}${url}`);
      assert.ok(Array.isArray(feed.items));
      assert.ok(!("author" in feed), "1.1 uses authors, not the deprecated author");
    }
  });

  it("give every item an id, URL, content and RFC 3339 dates", () => {
    const feed = parseFeed(model, "/feed.json");
    assert.equal(feed.items.length, 30);
    for (const item of feed.items) {
      assert.equal(typeof item.id, "string");
      assert.ok(item.url.startsWith(`${NEWS_SITE_URL}/`));
      assert.ok(item.content_html.length > 0);
      assert.ok(!Number.isNaN(Date.parse(item.date_published)) && !Number.isNaN(Date.parse(item.date_modified)));
      assert.ok(!("author" in item));
    }
  });

  it("carry the hostile headline unchanged, with authors, tags, image and absolute links", () => {
    const item = parseFeed(model, "/harbour/feed.json").items[0]!;
    assert.equal(item.title, HOSTILE_TITLE);
    assert.equal(item.date_published, "2026-03-10T11:00:00Z");
    assert.equal(item.date_modified, "2026-03-10T11:45:00Z");
    assert.deepEqual(
      item.authors?.map((author) => author.name),
      ["Maren Okafor", "Ines Varga"],
    );
    assert.deepEqual(item.tags, ["</script>", "fire & rescue"]);
    const page = model.pages.find((candidate) => candidate.kind === "article" && candidate.url === "/harbour/hostile/");
    const lead = page?.kind === "article" ? page.extras.image?.source : undefined;
    assert.ok(lead?.kind === "picture", "the local lead image is processed");
    assert.equal(item.image, `${NEWS_SITE_URL}${lead.picture.src}`, "the image as built, not the source path");
    assert.ok(item.content_html.includes(`href="${NEWS_SITE_URL}/harbour/window-start/"`));
  });
});

describe("the publisher logo of a JSON feed", () => {
  /** The news fixture with another publisher logo in its site.json. */
  const loadWithLogo = (logo: string) => {
    const input = copyOfFixture("distribution-news");
    const siteFile = path.join(input, "_data/site.json");
    const site = JSON.parse(readFileSync(siteFile, "utf8")) as { publisher: { logo: string } };
    writeFileSync(siteFile, JSON.stringify({ ...site, publisher: { ...site.publisher, logo } }));
    return loadSite({ inputDir: input, buildTime: parseIsoDate(NEWS_BUILD_NOW)!, preview: false });
  };

  it("is published as an absolute icon when it is a path on the site", async () => {
    const model = await loadWithLogo("/assets/logo.png");
    assert.equal(parseFeed(model, "/feed.json").icon, `${NEWS_SITE_URL}/assets/logo.png`);
  });

  it("stops the build, naming file and field, when it is not https or a site path", async () => {
    for (const logo of [
      "javascript:alert(1)",
      "data:image/png;base64,iVBORw0KGgo=",
      "http://static.example/logo.png",
      "//evil.example/logo.png",
    ]) {
      const error = await loadWithLogo(logo).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      const issues = findContentError(error)?.issues.map(formatIssue) ?? [];
      assert.equal(issues.length, 1, logo);
      assert.match(
        issues[0] ?? "",
        /^.*_data\/site\.json(?::\d+)?: publisher\.logo: ".*" is not an https:\/\/ URL or a path on this site/,
        logo,
      );
    }
  });
});
