import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { BrowserContext, Page } from "playwright-core";
import {
  assertReadableEverywhere,
  axeViolations,
  collectErrors,
  horizontalOverflow,
  NARROW,
  screenshot,
  serveSampleSite,
  type ServedSite,
} from "../helpers/browser.ts";

/** The page types every build has; later ones (tags, authors, search) are found in the output as they land. */
const CORE_KINDS = ["home", "section", "section-page-n", "article", "404"];

/** The sample's moved story: its `aliases` keeps the URL its file name once gave it. */
const MOVED = {
  alias: "/local/island-ferry-winter-timetable/",
  url: "/local/ferry-timetable-changes/",
  title: "Island ferry: fewer winter sailings, but a new late boat on Fridays",
};

describe("every page type in Chromium", () => {
  let served: ServedSite;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  before(async () => {
    served = await serveSampleSite();
    context = await served.browser.newContext({ viewport: NARROW });
    page = await context.newPage();
    errors = collectErrors(page);
  });
  after(async () => {
    await served?.close();
  });

  it("finds a sample of each core page type in the built site", () => {
    const kinds = served.samples.map((sample) => sample.kind);
    for (const kind of CORE_KINDS) assert.ok(kinds.includes(kind), `no ${kind} page in ${JSON.stringify(served.samples)}`);
  });

  it("serves pages that have no WCAG 2.1 A/AA violations in light and dark schemes, without console errors or sideways scrolling at 360 px", async (t) => {
    for (const sample of served.samples) {
      await t.test(`${sample.kind} ${sample.url}`, () => assertReadableEverywhere(page, served, sample, errors));
    }
  });

  it("answers an unknown address with the 404 page and status 404", async () => {
    const response = await page.goto(served.url("/no/such/page/"));
    assert.equal(response?.status(), 404);
    assert.match(await page.locator("h1").innerText(), /not found/i);
  });

  it("sends a reader who opens an alias on to the article", async () => {
    await page.setViewportSize(NARROW);
    await page.goto(served.url(MOVED.alias));
    await page.waitForURL(served.url(MOVED.url));
    assert.equal(await page.locator("h1").innerText(), MOVED.title);
  });

  it("shows the alias page's link to the article, readable in light and dark, when the browser stays on it", async () => {
    // A 204 answer is one browsers do not navigate to: the refresh is made, and the alias page stays.
    await page.route(served.url(MOVED.url), (route) => route.fulfill({ status: 204 }));
    try {
      await page.setViewportSize(NARROW);
      const refreshed = page.waitForRequest(served.url(MOVED.url));
      const response = await page.goto(served.url(MOVED.alias));
      await refreshed;
      assert.equal(response?.status(), 200);
      assert.equal(page.url(), served.url(MOVED.alias));
      assert.equal(await page.locator("h1").innerText(), "This article has moved");
      const link = page.getByRole("link", { name: MOVED.title });
      assert.ok(await link.isVisible(), "the link to the article is visible");
      assert.equal(await link.getAttribute("href"), MOVED.url);
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        assert.deepEqual(await axeViolations(page), [], `axe violations on the alias page in the ${colorScheme} scheme`);
        await screenshot(page, `redirect-360-${colorScheme}`);
      }
      assert.ok((await horizontalOverflow(page)) <= 0, "the alias page scrolls sideways at 360 px");
    } finally {
      await page.emulateMedia({ colorScheme: "light" });
      await page.unroute(served.url(MOVED.url));
    }
  });
});
