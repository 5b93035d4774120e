import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { axeViolations, collectErrors, launchChromium, NARROW } from "../helpers/browser.ts";
import { htmlUrlsOf } from "../helpers/sample-site.ts";
import { NEWS_BUILD_NOW } from "../helpers/distribution.ts";
import { buildFixture, fixture, PROJECT_ROOT, type BuiltSite } from "../helpers/site.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

interface Result {
  url: string;
  title: string;
  meta: string;
  dateTime: string;
  excerpt: string;
  marked: string[];
}

const SEAGRASS = "/science/seagrass-restoration-results/";

/** The real build over the sample site, then its real search index queried in Chromium, as readers use it. */
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

  const withPage = async <T>(use: (page: Page, errors: string[]) => Promise<T>): Promise<T> => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    try {
      return await use(page, errors);
    } finally {
      await page.close();
    }
  };

  const resultsOn = (page: Page): Promise<Result[]> =>
    page.locator(".search-result").evaluateAll((items) =>
      items.map((item) => ({
        url: item.querySelector("a")?.getAttribute("href") ?? "",
        title: item.querySelector("h2")?.textContent ?? "",
        meta: item.querySelector(".search-result-meta")?.textContent ?? "",
        dateTime: item.querySelector("time")?.getAttribute("datetime") ?? "",
        excerpt: item.querySelector(".search-result-excerpt")?.textContent ?? "",
        marked: [...item.querySelectorAll("mark")].map((mark) => mark.textContent ?? ""),
      })),
    );

  const search = (query: string) =>
    withPage(async (page, errors) => {
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
      await page.locator(".search-status", { hasText: /found/ }).waitFor();
      assert.deepEqual(errors, []);
      return { status: await page.locator(".search-status").innerText(), results: await resultsOn(page) };
    });

  it("finds an article by a word that is only in its body, with headline, section, date and excerpt", async () => {
    const article = site.page(SEAGRASS);
    assert.doesNotMatch(article.querySelector("h1")?.text ?? "", /pollack/i);
    const { status, results } = await search("pollack");
    assert.equal(status, "1 article found for “pollack”.");
    assert.deepEqual(
      results.map((result) => result.url),
      [SEAGRASS],
    );
    const [result] = results;
    assert.equal(result?.title, "Seagrass meadows replanted off Saltings Point are spreading, survey finds");
    assert.equal(result?.meta, "Science · 17 October 2026");
    assert.equal(result?.dateTime, article.querySelector(".article-meta time")?.getAttribute("datetime"));
    assert.equal(result?.excerpt, article.querySelector('meta[name="description"]')?.getAttribute("content"));
  });

  it("finds only articles, every one holding all the query's words, and marks them in the excerpt", async () => {
    const { results } = await search("Harbour");
    assert.ok(results.length > 3, `${results.length} results`);
    const articleUrls = new Set(htmlUrlsOf(site.output).filter((url) => site.page(url).querySelector("article.article")));
    for (const result of results) assert.ok(articleUrls.has(result.url), result.url);
    const withMarks = results.filter((result) => result.marked.length > 0);
    assert.ok(withMarks.length > 0 && withMarks.every((result) => result.marked.every((word) => /^harbour/i.test(word))));

    const both = await search("harbour pollack");
    assert.deepEqual(
      both.results.map((result) => result.url),
      [SEAGRASS],
    );
    const none = await search("harbour zeppelinfabrik");
    assert.equal(none.status, "No articles found for “harbour zeppelinfabrik”.");
    assert.deepEqual(none.results, []);
  });

  it("finds a word by its beginning and without its accents", async () => {
    const { results } = await search("pollac");
    assert.deepEqual(
      results.map((result) => result.url),
      [SEAGRASS],
    );
    const accented = await search("PÓLLACK");
    assert.deepEqual(
      accented.results.map((result) => result.url),
      [SEAGRASS],
    );
  });

  it("runs the header's search form from any page, and has no WCAG violations with results shown", async () => {
    await withPage(async (page, errors) => {
      await page.setViewportSize(NARROW);
      await page.goto(`${server.origin}/`);
      await page.locator("#site-search-query").fill("pollack");
      await page.locator(".site-search button").click();
      await page.locator(".search-result a").first().waitFor();
      assert.equal(new URL(page.url()).pathname, "/search/");
      assert.equal(await page.locator("#search-page-query").inputValue(), "pollack");
      assert.equal(await page.locator("[data-search-no-js]").count(), 0);
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        assert.deepEqual(await axeViolations(page), [], `axe in the ${colorScheme} scheme`);
      }

      await page.locator("#search-page-query").fill("harbour");
      await page.locator(".search-form button").click();
      await page.locator(".search-status", { hasText: /harbour/ }).waitFor();
      assert.equal(new URL(page.url()).searchParams.get("q"), "harbour");
      assert.ok((await page.locator(".search-result").count()) > 3);
      assert.deepEqual(errors, []);
    });
  });

  it("shows 20 results at a time, and the next ones on request with focus on the first new one", async () => {
    const briefs = await buildFixture(fixture("distribution-news"), NEWS_BUILD_NOW);
    const briefServer = await serveStatic(briefs.output);
    try {
      await withPage(async (page, errors) => {
        await page.goto(`${briefServer.origin}/search/?q=brief+number`);
        await page.locator(".search-more").waitFor();
        assert.equal(await page.locator(".search-status").innerText(), "32 articles found for “brief number”.");
        assert.equal(await page.locator(".search-result").count(), 20);
        assert.equal(await page.locator(".search-more").innerText(), "Show 12 more");
        await page.locator(".search-more").click();
        await page.locator(".search-result").nth(31).waitFor();
        assert.equal(await page.locator(".search-more").count(), 0);
        assert.equal(await page.locator(":focus").getAttribute("href"), (await resultsOn(page))[20]?.url);
        const urls = (await resultsOn(page)).map((result) => result.url);
        assert.equal(new Set(urls).size, 32);
        assert.deepEqual(errors, []);
      });
    } finally {
      await briefServer.close();
    }
  });

  it("says so when the index cannot be downloaded, and tries again on the next search", async () => {
    await withPage(async (page) => {
      let failures = 1;
      await page.route("**/search/index/meta.json", (route) => (failures-- > 0 ? route.abort() : route.continue()));
      await page.goto(`${server.origin}/search/?q=pollack`);
      await page.locator(".search-status", { hasText: /not available/ }).waitFor();
      assert.equal(await page.locator(".search-result").count(), 0);
      await page.locator(".search-form button").click();
      await page.locator(".search-status", { hasText: /found/ }).waitFor();
      assert.deepEqual(
        (await resultsOn(page)).map((result) => result.url),
        [SEAGRASS],
      );
    });
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
