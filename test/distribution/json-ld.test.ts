import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { before, describe, it } from "node:test";
import { HOSTILE_TITLE, NEWS_BUILD_NOW, NEWS_SITE_URL } from "../helpers/distribution.ts";
import { buildFixture, fixture, outputFileOf, type BuiltSite } from "../helpers/site.ts";

type Json = Record<string, unknown>;

describe("JSON-LD structured data", () => {
  let site: BuiltSite;
  const scripts = (url: string) => site.page(url).querySelectorAll("script");
  const jsonLd = (url: string) =>
    scripts(url)
      .filter((script) => script.getAttribute("type") === "application/ld+json")
      .map((script) => JSON.parse(script.rawText) as Json);
  before(async () => {
    site = await buildFixture(fixture("distribution-news"), NEWS_BUILD_NOW);
  });

  it("describes an article as a NewsArticle with Google's recommended properties", () => {
    const article = jsonLd("/harbour/hostile/").find((data) => data["@type"] === "NewsArticle")!;
    const url = `${NEWS_SITE_URL}/harbour/hostile/`;
    assert.equal(article["@context"], "https://schema.org");
    assert.equal(article.headline, HOSTILE_TITLE);
    assert.equal(article.datePublished, "2026-03-10T11:00:00Z");
    assert.equal(article.dateModified, "2026-03-10T11:45:00Z");
    assert.deepEqual(article.author, [
      { "@type": "Person", name: "Maren Okafor", url: `${NEWS_SITE_URL}/authors/maren-okafor/` },
      { "@type": "Person", name: "Ines Varga", url: `${NEWS_SITE_URL}/authors/ines-varga/` },
    ]);
    assert.deepEqual(article.mainEntityOfPage, { "@type": "WebPage", "@id": url });
    assert.equal(article.articleSection, "Harbour");
    assert.deepEqual(article.keywords, ["</script>", "fire & rescue"]);
    assert.equal(typeof article.wordCount, "number");
    assert.ok((article.wordCount as number) > 10);
    const publisher = article.publisher as Json;
    assert.equal(publisher["@type"], "Organization");
    assert.equal(publisher.name, "Tideline Courier Ltd");
    assert.deepEqual(publisher.logo, { "@type": "ImageObject", url: "https://static.courier.example.net/logo.png" });
    const [image] = article.image as string[];
    assert.ok(image && existsSync(outputFileOf(site.output, new URL(image).pathname)), "the image as built");
    for (const person of article.author as Json[]) assert.ok(site.exists(new URL(person.url as string).pathname), "author pages are built");
  });

  it("adds a Home › Section › Article breadcrumb", () => {
    const breadcrumb = jsonLd("/harbour/hostile/").find((data) => data["@type"] === "BreadcrumbList")!;
    const items = breadcrumb.itemListElement as Json[];
    assert.deepEqual(
      items.map((item) => [item["@type"], item.position, item.name, item.item]),
      [
        ["ListItem", 1, "Tideline Courier", `${NEWS_SITE_URL}/`],
        ["ListItem", 2, "Harbour", `${NEWS_SITE_URL}/harbour/`],
        ["ListItem", 3, HOSTILE_TITLE, `${NEWS_SITE_URL}/harbour/hostile/`],
      ],
    );
  });

  it("cannot be broken out of by a headline: the page has exactly its two JSON-LD scripts", () => {
    const all = scripts("/harbour/hostile/");
    assert.deepEqual(
      all.map((script) => script.getAttribute("type")),
      ["application/ld+json", "application/ld+json"],
    );
    const raw = site.read("/harbour/hostile/");
    assert.doesNotMatch(raw, /<script>alert/);
    assert.doesNotMatch(raw.slice(raw.indexOf("application/ld+json")), /<!--/);
  });

  it("describes a section page as a CollectionPage listing its articles", () => {
    const [collection] = jsonLd("/briefs/page/2/");
    assert.equal(collection?.["@type"], "CollectionPage");
    assert.equal(collection?.url, `${NEWS_SITE_URL}/briefs/page/2/`);
    assert.equal(collection?.name, "Briefs, page 2");
    const list = (collection?.mainEntity as Json | undefined)?.itemListElement as Json[];
    assert.equal(list.length, 12);
    for (const item of list) assert.ok(site.exists(new URL(item.url as string).pathname));
  });

  it("is left off pages that are neither articles nor sections", () => {
    assert.deepEqual(jsonLd("/"), []);
  });
});
