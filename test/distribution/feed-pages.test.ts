import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { NEWS_BUILD_NOW, NEWS_SITE_URL } from "../helpers/distribution.ts";
import { buildFixture, fixture, outputFileOf, type BuiltSite } from "../helpers/site.ts";
import { parseXml, type XmlNode } from "../helpers/xml.ts";

/** The fixture's publisher logo is hosted elsewhere; every other URL must be a page of the site. */
const EXTERNAL_LOGO = "https://static.courier.example.net/logo.png";
const GENERATED = /(?:^|\/)(?:feed\.xml|feed\.json|(?:news-)?sitemap(?:-\d+)?\.xml|robots\.txt)$/;

function generatedFiles(output: string): string[] {
  return (readdirSync(output, { recursive: true }) as string[])
    .map((file) => `/${file.split(path.sep).join("/")}`)
    .filter((url) => GENERATED.test(url))
    .sort();
}

/** Every URL-valued attribute and element of an XML feed or sitemap, except the HTML content. */
function xmlUrls(node: XmlNode): string[] {
  if (node.local === "content") return [];
  const own = [
    ...(node.attributes.href ? [node.attributes.href] : []),
    ...(["id", "uri", "logo", "loc"].includes(node.local) ? [node.text] : []),
  ];
  return [...own, ...node.children.flatMap(xmlUrls)];
}

function jsonFeedUrls(feed: Record<string, unknown>): string[] {
  const items = feed.items as Record<string, unknown>[];
  const authorUrls = (authors: unknown) => ((authors ?? []) as { url?: string }[]).flatMap((author) => (author.url ? [author.url] : []));
  return [
    feed.home_page_url,
    feed.feed_url,
    feed.icon,
    ...authorUrls(feed.authors),
    ...items.flatMap((item) => [item.id, item.url, item.image, ...authorUrls(item.authors)]),
  ].filter((value): value is string => typeof value === "string");
}

describe("the built feeds, sitemaps and robots.txt", () => {
  let site: BuiltSite;
  let files: string[];
  before(async () => {
    site = await buildFixture(fixture("distribution-news"), NEWS_BUILD_NOW);
    files = generatedFiles(site.output);
  });

  it("are all written: site and section feeds in both formats, both sitemaps and robots.txt", () => {
    const expected = ["/feed.xml", "/feed.json", "/news-sitemap.xml", "/robots.txt", "/sitemap.xml"];
    for (const section of ["harbour", "briefs", "empty"]) expected.push(`/${section}/feed.xml`, `/${section}/feed.json`);
    assert.deepEqual(files, expected.sort());
  });

  it("parse strictly, and every URL in them is absolute and resolves to a built file", () => {
    let checked = 0;
    for (const file of files) {
      const body = site.read(file);
      const urls = file.endsWith(".xml")
        ? xmlUrls(parseXml(body))
        : file.endsWith(".json")
          ? jsonFeedUrls(JSON.parse(body) as Record<string, unknown>)
          : [...body.matchAll(/^Sitemap: (.+)$/gm)].map((match) => match[1]!);
      assert.ok(urls.length > 0, `${file} has URLs`);
      for (const url of urls.filter((candidate) => candidate !== EXTERNAL_LOGO)) {
        assert.ok(url.startsWith(`${NEWS_SITE_URL}/`), `${file}: ${url} is absolute on the site`);
        const local = new URL(url).pathname;
        assert.ok(existsSync(outputFileOf(site.output, local)), `${file}: ${url} resolves to a built file`);
        checked += 1;
      }
    }
    assert.ok(checked > 100, `checked ${checked} URLs`);
  });

  it("link author pages that the build writes", () => {
    const feed = JSON.parse(site.read("/harbour/feed.json")) as { items: { authors?: { name: string; url?: string }[] }[] };
    assert.deepEqual(feed.items[0]?.authors, [
      { name: "Maren Okafor", url: `${NEWS_SITE_URL}/authors/maren-okafor/` },
      { name: "Ines Varga", url: `${NEWS_SITE_URL}/authors/ines-varga/` },
    ]);
  });

  it("point robots.txt at the sitemap and the news sitemap", () => {
    const robots = site.read("/robots.txt");
    assert.match(robots, /^User-agent: \*$/m);
    assert.doesNotMatch(robots, /^Disallow: \/$/m);
    assert.match(robots, new RegExp(`^Sitemap: ${NEWS_SITE_URL}/sitemap\\.xml$`, "m"));
    assert.match(robots, new RegExp(`^Sitemap: ${NEWS_SITE_URL}/news-sitemap\\.xml$`, "m"));
  });
});
