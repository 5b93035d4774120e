import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { launchChromium } from "../helpers/browser.ts";
import { buildFixture, PROJECT_ROOT, type BuiltSite } from "../helpers/site.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

interface Hit {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}

const SEAGRASS = "/science/seagrass-restoration-results/";

/** The real build over the sample site, then the real Pagefind index queried in Chromium, as readers use it. */
describe("site search", () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  before(async () => {
    site = await buildFixture(`${PROJECT_ROOT}/content`, "2026-11-28T12:00:00Z");
    server = await serveStatic(site.output);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const search = async (term: string): Promise<Hit[]> => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.origin}/search/`);
      return await page.evaluate(async ({ query, bundle }) => {
        const pagefind = await import(bundle);
        const response = await pagefind.search(query);
        return Promise.all(response.results.map(async (result: { data(): Promise<Hit> }) => result.data()));
      }, { query: term, bundle: "/pagefind/pagefind.js" });
    } finally {
      await page.close();
    }
  };

  it("finds an article by a word that is only in its body, with headline, section, date and excerpt", async () => {
    const hits = await search("pollack");
    assert.deepEqual(hits.map((hit) => hit.url), [SEAGRASS]);
    const [hit] = hits;
    assert.equal(hit?.meta.title, "Seagrass meadows replanted off Saltings Point are spreading, survey finds");
    assert.equal(hit?.meta.section, "Science");
    assert.equal(hit?.meta.date, "October 17, 2026");
    assert.match(hit?.excerpt ?? "", /<mark>pollack/);
  });

  it("indexes article pages only, not listings, tags or the search page", async () => {
    const hits = await search("harbour");
    assert.ok(hits.length > 3);
    const articleUrls = new Set(site.page("/").querySelectorAll(".article-card-title a").map((link) => link.getAttribute("href")));
    for (const hit of hits) assert.match(hit.url, /^\/[a-z-]+\/[a-z0-9-]+\/$/, hit.url);
    assert.ok(hits.some((hit) => articleUrls.has(hit.url)));
    assert.ok(!hits.some((hit) => hit.url.startsWith("/tags/") || hit.url === "/search/"));
  });

  it("runs the header's ?q= query in Pagefind UI on the search page", async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.origin}/search/?q=pollack`);
      const link = page.locator(".pagefind-ui__result-link").first();
      await link.waitFor();
      assert.equal(await link.getAttribute("href"), SEAGRASS);
      assert.equal(await page.locator("[data-search-no-js]").count(), 0);
    } finally {
      await page.close();
    }
  });

  it("says that search needs JavaScript and offers sections and tags when it does not run", () => {
    const page = site.page("/search/");
    assert.match(page.querySelector(".search-no-js")?.text ?? "", /Search needs JavaScript/);
    const alternatives = page.querySelectorAll(".search-alternatives a").map((link) => link.getAttribute("href"));
    assert.ok(alternatives.includes("/local/") && alternatives.includes("/tags/"));
    const form = site.page("/").querySelector("form.site-search");
    assert.equal(form?.getAttribute("action"), "/search/");
    assert.equal(form?.getAttribute("method"), "get");
    assert.equal(form?.querySelector("input")?.getAttribute("name"), "q");
  });
});
