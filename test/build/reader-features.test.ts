import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { buildFixture, fixture, runCli, temporaryFolder, type BuiltSite } from "../helpers/site.ts";

const REGATTA = "/sport/regatta-report/";

describe("reader features on a built site", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture(fixture("reader-basic"), "2026-06-01T00:00:00Z");
  });

  const listed = (url: string) =>
    site
      .page(url)
      .querySelectorAll(".article-card-title a")
      .map((link) => link.getAttribute("href"));

  it("lists a tag's articles newest first, 20 a page, with names that slug alike on one page", () => {
    const first = listed("/tags/harbour/");
    assert.equal(first.length, 20);
    assert.equal(first[0], REGATTA);
    assert.equal(first[1], "/world/harbour-note-21/");
    assert.equal(site.page("/tags/harbour/").querySelector("h1")?.text, "Tagged “Harbour”");
    assert.deepEqual(listed("/tags/harbour/page/2/"), ["/world/harbour-note-2/", "/world/harbour-note-1/"]);
    assert.equal(site.page("/tags/harbour/page/2/").querySelector('a[rel="prev"]')?.getAttribute("href"), "/tags/harbour/");
    assert.equal(site.exists("/tags/harbour/page/3/"), false);
  });

  it("links every tag and author from the index pages with their article counts", () => {
    const tags = site
      .page("/tags/")
      .querySelectorAll(".term-index li")
      .map((item) => item.text.replace(/\s+/g, " "));
    assert.deepEqual(tags, ["Harbour (22 articles)", "sailing (1 article)"]);
    const authors = site
      .page("/authors/")
      .querySelectorAll(".term-index a")
      .map((link) => link.getAttribute("href"));
    assert.deepEqual(authors, ["/authors/ana-lima/", "/authors/bo-ek/"]);
  });

  it("shows an author's profile on the author page and paginates their articles", () => {
    const page = site.page("/authors/ana-lima/");
    assert.equal(page.querySelector("h1")?.text, "Ana Lima");
    assert.equal(page.querySelector(".author-bio")?.text, "Ana Lima covers the harbour for the Gazette.");
    assert.equal(page.querySelector('a[rel="me"]')?.getAttribute("href"), "https://reader.example.com/staff/ana-lima");
    assert.equal(page.querySelector(".author-avatar")?.getAttribute("src"), "https://reader.example.com/staff/ana-lima.jpg");
    assert.equal(listed("/authors/ana-lima/").length, 20);
    assert.equal(listed("/authors/ana-lima/page/2/").length, 2);
    assert.equal(site.page("/authors/bo-ek/").querySelector(".author-bio"), null);
    assert.deepEqual(listed("/authors/bo-ek/"), [REGATTA]);
  });

  it("links each byline name to its author page, with or without a profile", () => {
    const byline = site.page(REGATTA).querySelector(".byline");
    assert.equal(byline?.text, "By Ana Lima and Bo Ek");
    const links = byline?.querySelectorAll("a").map((link) => link.getAttribute("href"));
    assert.deepEqual(links, ["/authors/ana-lima/", "/authors/bo-ek/"]);
  });

  it("links the article's tags to their tag pages", () => {
    const links = site
      .page(REGATTA)
      .querySelectorAll(".article-tags a")
      .map((link) => [link.text, link.getAttribute("href")]);
    assert.deepEqual(links, [
      ["sailing", "/tags/sailing/"],
      ["Harbour", "/tags/harbour/"],
    ]);
  });

  it("shows the update next to the publication date", () => {
    const meta = site.page(REGATTA).querySelector(".article-meta");
    assert.equal(meta?.querySelector(".updated time")?.getAttribute("datetime"), "2026-02-03T09:00:00Z");
    assert.match(meta?.text ?? "", /Updated February 3, 2026/);
  });

  it("lists corrections newest first at the end of the article", () => {
    const article = site.page(REGATTA).querySelector("article");
    const corrections = article?.querySelector(".corrections");
    assert.equal(corrections?.querySelector("h2")?.text, "Corrections");
    const dates = corrections?.querySelectorAll("li time").map((time) => time.getAttribute("datetime"));
    assert.deepEqual(dates, ["2026-02-05T00:00:00Z", "2026-02-03T00:00:00Z", "2026-02-02T00:00:00Z"]);
    assert.match(corrections?.querySelector("li")?.text ?? "", /The course length was 12 km, not 20 km\./);
    assert.equal(site.page("/world/harbour-note-1/").querySelector(".corrections"), null);
  });

  it("renders the lead image as an eager, sized picture with modern formats and a caption", () => {
    const figure = site.page(REGATTA).querySelector("figure.lead-figure");
    const img = figure?.querySelector("picture img");
    assert.equal(img?.getAttribute("alt"), "A wooden pier reaching into grey water");
    assert.equal(img?.getAttribute("loading"), "eager");
    assert.ok(Number(img?.getAttribute("width")) > 0 && Number(img?.getAttribute("height")) > 0);
    const types = figure?.querySelectorAll("source").map((source) => source.getAttribute("type"));
    assert.deepEqual(types, ["image/avif", "image/webp"]);
    assert.equal(figure?.querySelector("figcaption")?.text, "The start line off the north pier. Photo by Ines Varga");
    for (const candidate of [img?.getAttribute("src") ?? "", ...srcsetUrls(img?.getAttribute("srcset"))]) {
      assert.ok(site.exists(candidate), `${candidate} is in the output`);
    }
  });

  it("renders body images as lazy pictures in a figure captioned by the Markdown title", () => {
    const figure = site.page(REGATTA).querySelector(".article-body figure");
    const img = figure?.querySelector("picture img");
    assert.equal(img?.getAttribute("alt"), "Boats rounding the outer mark");
    assert.equal(img?.getAttribute("loading"), "lazy");
    assert.equal(img?.getAttribute("decoding"), "async");
    assert.ok(Number(img?.getAttribute("width")) > 0);
    assert.ok(srcsetUrls(figure?.querySelector('source[type="image/webp"]')?.getAttribute("srcset")).every((url) => site.exists(url)));
    assert.equal(figure?.querySelector("figcaption")?.text, "Rounding the outer mark.");
  });
});

describe("a missing image", () => {
  it("fails the build naming the file, line and field, and writes nothing", () => {
    const output = path.join(temporaryFolder(), "site");
    const result = runCli("src/cli/build.ts", ["--input=test/fixtures/reader-missing-image", `--output=${output}`]);
    assert.notEqual(result.status, 0);
    assert.ok(
      result.stderr.includes(
        'test/fixtures/reader-missing-image/articles/2026-03-01-missing-photo.md:8: image.src: "/images/not-uploaded.jpg" not found (expected a file under test/fixtures/reader-missing-image/images/)',
      ),
      result.stderr,
    );
    assert.equal(existsSync(output), false);
  });
});

function srcsetUrls(srcset: string | undefined): string[] {
  return (srcset ?? "")
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter(Boolean);
}
