import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { siteSchema } from "../../src/site/schema.ts";
import { buildFixture, fixture, type BuiltSite } from "../helpers/site.ts";

type Json = Record<string, unknown>;

describe("the newsroom's policies", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture(fixture("pages"));
  });

  it("make the publisher a NewsMediaOrganization with each policy's schema.org property, as absolute URLs", () => {
    const data = site
      .page("/news/mill-reopens/")
      .querySelectorAll('script[type="application/ld+json"]')
      .map((script) => JSON.parse(script.rawText) as Json)
      .find((entry) => entry["@type"] === "NewsArticle")!;
    assert.deepEqual(data.publisher, {
      "@type": "NewsMediaOrganization",
      name: "Millbrook Echo",
      url: "https://echo.example.net/",
      masthead: "https://echo.example.net/masthead/",
      ethicsPolicy: "https://press.example.org/code",
      correctionsPolicy: "https://echo.example.net/corrections-policy/",
    });
  });

  it("are listed in the footer of every page, with the corrections page", () => {
    const standards = site
      .page("/masthead/")
      .querySelectorAll(".footer-group")
      .find((group) => group.querySelector("h2")?.textContent === "Our standards");
    assert.deepEqual(
      standards?.querySelectorAll("a").map((link) => link.getAttribute("href")),
      ["/about/", "/masthead/", "https://press.example.org/code", "/corrections-policy/", "/corrections/"],
    );
  });

  it("/corrections/ lists every correction of the published articles, newest first, with its article's headline, date and text", () => {
    const entries = site
      .page("/corrections/")
      .querySelectorAll("main .corrections-list > li")
      .map((entry) => [
        entry.querySelector("a")?.getAttribute("href"),
        entry.querySelector("a")?.textContent,
        entry.querySelector("time")?.getAttribute("datetime"),
        entry.querySelectorAll("p").at(-1)?.textContent,
      ]);
    assert.deepEqual(entries, [
      ["/news/bridge-vote/", "Council votes to repair the footbridge", "2026-01-09T00:00:00Z", "The vote was 7 to 2, not 8 to 1."],
      ["/news/mill-reopens/", "The old mill reopens", "2026-01-08T00:00:00Z", "The mill opened on Friday, not Saturday."],
      ["/news/bridge-vote/", "Council votes to repair the footbridge", "2026-01-06T00:00:00Z", "The repair costs £40,000, not £400,000."],
    ]);
    assert.match(site.read("/sitemap.xml"), /<loc>https:\/\/echo\.example\.net\/corrections\/<\/loc>/);
  });

  it("no /corrections/ page or footer link without a correction", async () => {
    const plain = await buildFixture(fixture("basic"));
    assert.ok(!plain.exists("/corrections/"));
    assert.equal(plain.page("/").querySelector('footer a[href="/corrections/"]'), null);
  });

  it("must be paths on the site or https:// addresses, and only the known policies", () => {
    const parse = (policies: unknown) => siteSchema.safeParse({ title: "E", url: "https://echo.example.net", language: "en", policies });
    for (const url of ["javascript:alert(1)", "http://press.example.org/", "//evil.example/x", '"><script>']) {
      assert.equal(parse({ ethics: url }).success, false, url);
    }
    assert.equal(parse({ ethos: "/about/" }).success, false);
  });
});
