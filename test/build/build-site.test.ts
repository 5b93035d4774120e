import assert from "node:assert/strict";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { buildFixture, fixture, temporaryFolder, type BuiltSite } from "../helpers/site.ts";

const text = (value: string | undefined) => (value ?? "").replace(/\s+/g, " ").trim();

describe("building the basic fixture", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture(fixture("basic"));
  });

  it("writes each article at /<section>/<slug>/ with the date prefix removed and the name transliterated", () => {
    assert.ok(site.exists("/world/world-story-1/"));
    assert.ok(site.exists("/sport/blaszczak-wins-final/"));
    assert.ok(site.exists("/world/chosen-url/"), "the slug field overrides the file name");
    assert.ok(!site.exists("/world/renamed/"));
  });

  it("lays out an article page in the promised order", () => {
    const page = site.page("/world/world-story-3/");
    const main = page.querySelector("main")!;
    assert.equal(page.querySelectorAll("h1").length, 1);
    assert.equal(text(page.querySelector("h1")?.text), "World story 3");
    assert.ok(page.querySelector("header.site-header nav")!, "header with section navigation");
    const order = ["h1", ".byline", ".article-meta", ".reading-time", ".article-body", ".article-tags", ".more-in-section", ".back-to-top"];
    const positions = order.map((selector) => {
      const element = main.querySelector(selector);
      assert.ok(element, `${selector} is on the page`);
      return main.innerHTML.indexOf(element.outerHTML);
    });
    assert.deepEqual(
      [...positions].sort((a, b) => a - b),
      positions,
    );
    assert.equal(text(page.querySelector(".byline")?.text), "By Reporter 3");
    assert.equal(page.querySelector(".article-meta a")?.getAttribute("href"), "/world/");
    assert.equal(page.querySelector(".article-meta time")?.getAttribute("datetime"), "2026-01-03T08:00:00Z");
  });

  it("states the reading time rounded up, with the singular for one minute", () => {
    assert.equal(text(site.page("/world/world-story-1/").querySelector(".reading-time")?.text), "Estimated reading time: 1 minute");
    assert.equal(text(site.page("/world/world-story-2/").querySelector(".reading-time")?.text), "Estimated reading time: 2 minutes");
    assert.equal(text(site.page("/world/world-story-3/").querySelector(".reading-time")?.text), "Estimated reading time: 3 minutes");
  });

  it("gives subheadings stable, unique ids", () => {
    const ids = site
      .page("/sport/blaszczak-wins-final/")
      .querySelectorAll(".article-body h2")
      .map((h) => h.id);
    assert.deepEqual(ids, ["match-report", "match-report-2"]);
  });

  it("lists the five newest other articles of the section under More in section, newest first", () => {
    const links = site
      .page("/world/world-story-7/")
      .querySelectorAll(".more-in-section ol a")
      .map((a) => a.getAttribute("href"));
    assert.deepEqual(links, [
      "/world/world-story-6/",
      "/world/world-story-5/",
      "/world/world-story-4/",
      "/world/world-story-3/",
      "/world/world-story-2/",
    ]);
    const older = site
      .page("/world/world-story-1/")
      .querySelectorAll(".more-in-section ol a")
      .map((a) => a.getAttribute("href"));
    assert.ok(!older.includes("/world/world-story-1/"), "an article is not listed under itself");
    assert.equal(older.length, 5);
    const sectionLink = site.page("/world/world-story-1/").querySelectorAll(".more-in-section a").at(-1);
    assert.equal(sectionLink?.getAttribute("href"), "/world/");
  });

  it("points Back to top at the top of the page", () => {
    const page = site.page("/world/world-story-1/");
    assert.equal(page.querySelector(".back-to-top a")?.getAttribute("href"), "#top");
    assert.equal(page.querySelector("body")?.id, "top");
  });

  it("marks the current section in the navigation, in sections.json order", () => {
    const nav = site.page("/sport/").querySelectorAll(".section-nav a");
    assert.deepEqual(
      nav.map((a) => text(a.text)),
      ["World", "Sport", "Culture"],
    );
    assert.deepEqual(
      nav.map((a) => a.getAttribute("aria-current") ?? null),
      [null, "page", null],
    );
    const onArticle = site.page("/world/world-story-1/").querySelectorAll(".section-nav a[aria-current]");
    assert.deepEqual(
      onArticle.map((a) => a.getAttribute("href")),
      ["/world/"],
    );
  });

  it("lists a section's articles newest first with summary, date and reading time", () => {
    const page = site.page("/world/");
    assert.equal(text(page.querySelector("h1")?.text), "World");
    assert.equal(text(page.querySelector(".section-description")?.text), "News from everywhere.");
    const cards = page.querySelectorAll(".article-card");
    assert.deepEqual(cards.map((card) => card.querySelector("a")?.getAttribute("href")).slice(0, 2), [
      "/world/world-story-7/",
      "/world/world-story-6/",
    ]);
    assert.equal(cards.at(-1)?.querySelector("a")?.getAttribute("href"), "/world/chosen-url/");
    assert.equal(text(cards[0]?.querySelector(".article-card-summary")?.text), "Summary of world story 7.");
    assert.match(text(cards[0]?.querySelector(".article-card-meta")?.text), /· \d+ min read$/);
    assert.ok(site.exists("/culture/"), "a section without articles still has its page");
  });

  it("shows the newest articles on the home page, then one block per section in order", () => {
    const page = site.page("/");
    const lead = page.querySelector(".home-lead .article-card-title a");
    assert.equal(lead?.getAttribute("href"), "/world/world-story-7/");
    const blocks = page.querySelectorAll(".home-section h2").map((h) => text(h.text));
    assert.deepEqual(blocks, ["World", "Sport", "Culture"]);
  });

  it("has a 404 page", () => {
    assert.equal(text(site.page("/404.html").querySelector("h1")?.text), "Page not found");
  });

  it("only links to pages that exist", () => {
    for (const url of ["/", "/world/", "/sport/", "/world/world-story-4/", "/sport/blaszczak-wins-final/"]) {
      for (const anchor of site.page(url).querySelectorAll("a[href^='/']")) {
        const href = anchor.getAttribute("href")!;
        assert.ok(site.exists(href), `${url} links to ${href}, which exists`);
      }
    }
  });
});

describe("building a section with more than one page of articles", () => {
  let site: BuiltSite;
  before(async () => {
    const input = temporaryFolder();
    cpSync(path.join(fixture("basic"), "_data"), path.join(input, "_data"), { recursive: true });
    mkdirSync(path.join(input, "articles"));
    for (let day = 1; day <= 45; day++) {
      const date = `2026-03-${String(Math.ceil(day / 2)).padStart(2, "0")}T${day % 2 ? "08" : "16"}:00:00Z`;
      writeFileSync(
        path.join(input, "articles", `brief-${day}.md`),
        `---\ntitle: Brief ${day}\ndate: ${date}\nsection: sport\n---\n\nResult number ${day}.\n`,
      );
    }
    site = await buildFixture(input);
  });

  const hrefs = (url: string, selector: string) =>
    site
      .page(url)
      .querySelectorAll(selector)
      .map((a) => a.getAttribute("href"));

  it("shows 20 articles a page, newest first, across /page/N/ URLs", () => {
    assert.equal(hrefs("/sport/", ".article-card-title a")[0], "/sport/brief-45/");
    assert.equal(hrefs("/sport/", ".article-card-title a").length, 20);
    assert.equal(hrefs("/sport/page/2/", ".article-card-title a")[0], "/sport/brief-25/");
    assert.deepEqual(hrefs("/sport/page/3/", ".article-card-title a"), [
      "/sport/brief-5/",
      "/sport/brief-4/",
      "/sport/brief-3/",
      "/sport/brief-2/",
      "/sport/brief-1/",
    ]);
    assert.ok(!site.exists("/sport/page/4/"));
  });

  it("links each page to the previous and next ones", () => {
    assert.deepEqual(hrefs("/sport/", ".pagination a"), ["/sport/page/2/"]);
    assert.deepEqual(hrefs("/sport/page/2/", ".pagination a"), ["/sport/", "/sport/page/3/"]);
    assert.deepEqual(hrefs("/sport/page/3/", ".pagination a"), ["/sport/page/2/"]);
  });
});
