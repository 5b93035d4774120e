import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { HtmlValidate } from "html-validate";
import { buildFixture, fixture, type BuiltSite } from "../helpers/site.ts";

const NEW_URL = "/world/ferry-fares-rise/";
const ALIASES = ["/news/2026/ferry-fares/", "/world/ferry-fares-to-rise/"];

describe("redirects of aliases", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture(fixture("aliases"));
  });

  it("writes a redirect page at each alias that sends readers, crawlers and browsers to the new URL", () => {
    for (const alias of ALIASES) {
      const page = site.page(alias);
      assert.equal(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content"), `0; url=${NEW_URL}`);
      assert.equal(page.querySelector('link[rel="canonical"]')?.getAttribute("href"), `https://gazette.example.com${NEW_URL}`);
      assert.equal(page.querySelector('meta[name="robots"]')?.getAttribute("content"), "noindex");
      const link = page.querySelector("main a");
      assert.equal(link?.getAttribute("href"), NEW_URL);
      assert.equal(link?.text, "Ferry fares rise by a fifth");
    }
  });

  it("writes redirect pages that are valid HTML", async () => {
    const validator = new HtmlValidate({
      extends: ["html-validate:recommended"],
      rules: { "void-style": "off", "doctype-style": ["error", { style: "lowercase" }] },
    });
    const report = await validator.validateString(site.read(ALIASES[0]!));
    assert.deepEqual(
      report.results.flatMap((result) => result.messages.map((message) => message.message)),
      [],
    );
  });

  it("lists every alias in _redirects with status 301, sorted", () => {
    assert.equal(site.read("/_redirects"), ALIASES.map((alias) => `${alias} ${NEW_URL} 301\n`).join(""));
  });

  it("still builds the article at its new URL", () => {
    assert.equal(site.page(NEW_URL).querySelector("h1")?.text, "Ferry fares rise by a fifth");
  });

  it("keeps aliases out of the sitemap, the feeds and the search index", () => {
    const absolute = ALIASES.map((alias) => `https://gazette.example.com${alias}`);
    const locs = [...site.read("/sitemap.xml").matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);
    const ids = ["/feed.xml", "/world/feed.xml"].flatMap((feed) =>
      [...site.read(feed).matchAll(/<id>([^<]*)<\/id>/g)].map((match) => match[1]),
    );
    const items = ["/feed.json", "/world/feed.json"].flatMap((feed) =>
      JSON.parse(site.read(feed)).items.map((item: { url: string }) => item.url),
    );
    const searched = JSON.stringify(JSON.parse(site.read("/search/index/documents/0.json")));
    assert.ok(locs.includes(`https://gazette.example.com${NEW_URL}`) && ids.includes(`https://gazette.example.com${NEW_URL}`));
    for (const url of absolute) assert.ok(!locs.includes(url) && !ids.includes(url) && !items.includes(url), `${url} is not listed`);
    for (const alias of ALIASES) assert.ok(!searched.includes(`"${alias}"`), `${alias} is not searched`);
    assert.ok(searched.includes(`"${NEW_URL}"`));
  });
});
