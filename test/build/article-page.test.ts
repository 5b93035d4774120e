import assert from "node:assert/strict";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import type { HTMLElement } from "node-html-parser";
import { buildFixture, fixture, temporaryFolder, type BuiltSite } from "../helpers/site.ts";

const FIXTURE = fixture("front-page");
const LATE = "/world/late-night/";
const text = (element: HTMLElement | null | undefined) => (element?.text ?? "").replace(/\s+/g, " ").trim();

async function buildWithSite(changes: Record<string, string>): Promise<BuiltSite> {
  const input = path.join(temporaryFolder("newsroom-article-"), "content");
  cpSync(FIXTURE, input, { recursive: true });
  const siteFile = path.join(input, "_data/site.json");
  writeFileSync(siteFile, JSON.stringify({ ...JSON.parse(readFileSync(siteFile, "utf8")), ...changes }));
  return buildFixture(input);
}

describe("the article page", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture(FIXTURE);
  });

  it("shows the summary as a standfirst under the headline", () => {
    const header = site.page(LATE).querySelector(".article-header");
    assert.equal(text(header?.querySelector("h1 + .standfirst")), "Summary of Late night vote.");
  });

  it("gives date and time in the site's time zone, with `datetime` in UTC", () => {
    const times = site.page(LATE).querySelectorAll(".article-meta time");
    assert.deepEqual(times.map(text), ["31 May 2026, 01:30 CEST", "1 June 2026, 00:15 CEST"]);
    assert.deepEqual(
      times.map((time) => time.getAttribute("datetime")),
      ["2026-05-30T23:30:00Z", "2026-05-31T22:15:00Z"],
    );
    assert.match(text(site.page(LATE).querySelector(".article-meta")), /· Updated 1 June 2026, 00:15 CEST/);
  });

  it("keeps the long reading time on the article page", () => {
    assert.equal(text(site.page(LATE).querySelector(".reading-time")), "Estimated reading time: 1 minute");
  });

  it("shows the author's role and avatar from authors.json in the byline", () => {
    const byline = site.page(LATE).querySelector(".byline-block");
    assert.equal(text(byline?.querySelector(".byline")), "By Ana Lima");
    assert.equal(text(byline?.querySelector(".byline-role")), "Harbour correspondent");
    assert.equal(byline?.querySelector("img")?.getAttribute("src"), "https://front.example.com/staff/ana-lima.jpg");
  });

  it("offers share links as plain links to each service, with the article's address and no script", () => {
    const page = site.page(LATE);
    const links = page.querySelectorAll(".share-links a");
    assert.deepEqual(links.map(text), ["Email", "Bluesky", "Mastodon", "LinkedIn", "Facebook", "X", "WhatsApp"]);
    const articleUrl = encodeURIComponent("https://front.example.com/world/late-night/");
    for (const link of links) assert.ok(link.getAttribute("href")?.includes(articleUrl), `${text(link)} shares the article's address`);
    assert.match(links[0]?.getAttribute("href") ?? "", /^mailto:\?subject=Late%20night%20vote&body=/);
    assert.ok(links.slice(1).every((link) => link.getAttribute("href")?.startsWith("https://")));
    assert.equal(page.querySelectorAll("script:not([type='application/ld+json'])").length, 0);
  });

  it("is in New York time and American English when site.json says so", async () => {
    const american = await buildWithSite({ language: "en-US", timeZone: "America/New_York" });
    const times = american.page(LATE).querySelectorAll(".article-meta time");
    assert.deepEqual(times.map(text), ["May 30, 2026, 7:30 PM EDT", "May 31, 2026, 6:15 PM EDT"]);
    assert.equal(times[0]?.getAttribute("datetime"), "2026-05-30T23:30:00Z");
    assert.match(text(american.page("/world/").querySelector(".article-card-meta")), /^May 30, 2026 · 1 min read$/);
  });
});

describe("article types", () => {
  let site: BuiltSite;
  const articleLd = (url: string) =>
    site
      .page(url)
      .querySelectorAll("script[type='application/ld+json']")
      .map((script) => JSON.parse(script.rawText) as Record<string, unknown>)
      .find((data) => data["@type"] !== "BreadcrumbList");
  before(async () => {
    site = await buildFixture(FIXTURE);
  });

  it("gives each type its schema.org type in the JSON-LD", () => {
    const types = Object.fromEntries(
      ["world/world-2", "sport/opinion", "sport/analysis", "culture/review", "culture/explainer", "sport/sponsored"].map((url) => [
        url,
        articleLd(`/${url}/`)?.["@type"],
      ]),
    );
    assert.deepEqual(types, {
      "world/world-2": "NewsArticle",
      "sport/opinion": "OpinionNewsArticle",
      "sport/analysis": "AnalysisNewsArticle",
      "culture/review": "ReviewNewsArticle",
      "culture/explainer": "BackgroundNewsArticle",
      "sport/sponsored": "AdvertiserContentArticle",
    });
  });

  it("leaves sponsored articles out of the news sitemap", () => {
    const sitemap = site.read("/news-sitemap.xml");
    assert.match(sitemap, /<loc>https:\/\/front\.example\.com\/world\/late-night\/<\/loc>/);
    assert.doesNotMatch(sitemap, /sponsored/);
    assert.match(site.read("/sitemap.xml"), /\/sport\/sponsored\//);
  });
});
