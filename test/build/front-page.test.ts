import assert from "node:assert/strict";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import type { HTMLElement } from "node-html-parser";
import { buildFixture, fixture, temporaryFolder, type BuiltSite } from "../helpers/site.ts";

const FIXTURE = fixture("front-page");
const text = (element: HTMLElement | null | undefined) => (element?.text ?? "").replace(/\s+/g, " ").trim();
const hrefs = (elements: HTMLElement[]) => elements.map((element) => element.querySelector("a")?.getAttribute("href"));

/** The fixture copied with its site.json and articles changed, built on its own. */
async function buildVariant(
  site: Record<string, string>,
  edit: (file: string, body: string) => string = (_, body) => body,
): Promise<BuiltSite> {
  const input = path.join(temporaryFolder("newsroom-front-"), "content");
  cpSync(FIXTURE, input, { recursive: true });
  const siteFile = path.join(input, "_data/site.json");
  writeFileSync(siteFile, JSON.stringify({ ...JSON.parse(readFileSync(siteFile, "utf8")), ...site }));
  const featured = path.join(input, "articles/world/featured-pier.md");
  writeFileSync(featured, edit(featured, readFileSync(featured, "utf8")));
  return buildFixture(input);
}

describe("the front page", () => {
  let site: BuiltSite;
  let home: HTMLElement;
  before(async () => {
    site = await buildFixture(FIXTURE);
    home = site.page("/");
  });

  it("leads with the newest featured article, its image large, its headline and its summary", () => {
    const lead = home.querySelector(".home-lead .teaser-lead");
    assert.equal(lead?.querySelector(".article-card-title a")?.getAttribute("href"), "/world/featured-pier/");
    assert.equal(text(lead?.querySelector(".article-card-summary")), "Summary of Featured pier story.");
    assert.equal(lead?.querySelector("img")?.getAttribute("alt"), "The pier at dawn");
  });

  it("follows the lead with the newest other stories, then each section's stories not shown above", () => {
    assert.deepEqual(hrefs(home.querySelectorAll(".home-latest .article-card")), [
      "/sport/sponsored/",
      "/world/late-night/",
      "/world/world-2/",
      "/world/world-3/",
      "/sport/opinion/",
    ]);
    const blocks = home.querySelectorAll(".home-section");
    assert.deepEqual(
      blocks.map((block) => block.querySelector("h2 a")?.getAttribute("href")),
      ["/world/", "/sport/", "/culture/"],
    );
    assert.deepEqual(hrefs(blocks[0]?.querySelectorAll(".article-card") ?? []), ["/world/world-4/", "/world/world-5/", "/world/world-6/"]);
  });

  it("shows no story twice", () => {
    const shown = hrefs(home.querySelectorAll("main .article-card"));
    assert.equal(shown.length, 13);
    assert.equal(new Set(shown).size, shown.length);
  });

  it("gives the lead image a srcset, its size, no lazy loading and high priority; every other image is lazy", () => {
    const images = home.querySelectorAll("main .article-card img");
    assert.equal(images.length, 3);
    for (const image of images) {
      assert.match(image.getAttribute("srcset") ?? "", /\/img\/\S+ 480w, /);
      assert.ok(Number(image.getAttribute("width")) > 0 && Number(image.getAttribute("height")) > 0);
      assert.equal(image.getAttribute("alt"), "The pier at dawn");
    }
    assert.deepEqual(
      images.map((image) => [image.getAttribute("loading"), image.getAttribute("fetchpriority") ?? null]),
      [
        ["eager", "high"],
        ["lazy", null],
        ["lazy", null],
      ],
    );
    assert.ok(home.querySelectorAll(".home-lead picture source[type='image/avif']").length === 1, "modern formats are offered");
  });

  it("puts the build date under the masthead in the site's language and time zone", () => {
    const dateline = home.querySelector(".dateline time");
    assert.equal(text(dateline), "Monday, 1 June 2026");
    assert.equal(dateline?.getAttribute("datetime"), "2026-06-01");
  });

  it("falls back to the newest article when none is featured", async () => {
    const unfeatured = await buildVariant({}, (_, body) => body.replace("featured: true\n", ""));
    const lead = unfeatured.page("/").querySelector(".home-lead .article-card-title a");
    assert.equal(lead?.getAttribute("href"), "/sport/sponsored/");
  });
});

describe("listings", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture(FIXTURE);
  });

  it("show the first image of a section page at once and with high priority, the others lazily", () => {
    const images = site.page("/world/").querySelectorAll("main .article-card img");
    assert.equal(images.length, 3);
    assert.deepEqual(
      images.map((image) => [image.getAttribute("loading"), image.getAttribute("fetchpriority") ?? null]),
      [
        ["eager", "high"],
        ["lazy", null],
        ["lazy", null],
      ],
    );
    assert.ok(images.every((image) => image.getAttribute("width") && image.getAttribute("srcset")));
  });

  it("show thumbnails on tag and author pages too", () => {
    assert.equal(site.page("/authors/ana-lima/").querySelectorAll("main .article-card img").length, 3);
  });

  it("give the reading time as “N min read”", () => {
    assert.match(text(site.page("/world/").querySelector(".article-card-meta")), /· 1 min read$/);
  });

  it("label every article type but news above the headline", () => {
    const labels = (url: string) =>
      site
        .page(url)
        .querySelectorAll("main .article-card")
        .map((card) => text(card.querySelector(".type-label")));
    assert.deepEqual(labels("/sport/"), ["Sponsored", "Opinion", "Analysis", ""]);
    assert.deepEqual(labels("/culture/"), ["Review", "Explainer"]);
    assert.equal(text(site.page("/sport/opinion/").querySelector(".article-header .type-label")), "Opinion");
    assert.equal(site.page("/world/world-2/").querySelector(".type-label"), null);
  });
});
