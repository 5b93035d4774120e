import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { BrowserContext, Page } from "playwright-core";
import { assertReadableEverywhere, collectErrors, NARROW, serveFixtureSite, type ServedSite } from "../helpers/browser.ts";
import { fixture } from "../helpers/site.ts";

/** During the fixture's regatta live blog, so that its red "Live" badge is drawn on the custom colours. */
const BUILD_NOW = "2026-03-15T12:00:00Z";

/** What the fixture's theme sets: site.json colours per scheme, and theme/custom.css's header rule. */
const LINK_COLOUR = { light: "rgb(29, 92, 58)", dark: "rgb(143, 212, 168)" };

describe("a site with its own theme in Chromium", () => {
  let served: ServedSite;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  before(async () => {
    served = await serveFixtureSite(fixture("custom-theme"), BUILD_NOW);
    context = await served.browser.newContext({ viewport: NARROW });
    page = await context.newPage();
    errors = collectErrors(page);
  });
  after(async () => {
    await served?.close();
  });

  it("has a static page, a live blog and the core page types to check", () => {
    const kinds = served.samples.map((sample) => sample.kind);
    for (const kind of ["home", "section", "article", "about", "404"]) assert.ok(kinds.includes(kind), `no ${kind} page in ${kinds}`);
  });

  it("serves every page type with no WCAG 2.1 A/AA violations in light and dark, without console errors or sideways scrolling at 360 px", async (t) => {
    for (const sample of served.samples) {
      await t.test(`${sample.kind} ${sample.url}`, () => assertReadableEverywhere(page, served, sample, errors, "custom-theme-"));
    }
  });

  it("draws the theme's colours, its own stylesheet and its logo", async () => {
    await page.setViewportSize(NARROW);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(served.url("/about/"));
      const linkColour = await page
        .locator("main p a, .site-footer a")
        .first()
        .evaluate((link) => getComputedStyle(link).color);
      assert.equal(linkColour, LINK_COLOUR[colorScheme], `links take the theme's ${colorScheme} colour`);
    }
    await page.emulateMedia({ colorScheme: "light" });
    const rule = await page.locator(".site-header").evaluate((header) => getComputedStyle(header).borderBottomWidth);
    assert.equal(rule, "4px", "theme/custom.css is loaded after the site's stylesheet");
    const logo = page.locator(".site-logo img");
    assert.equal(await logo.getAttribute("alt"), "Fenwick Tide");
    assert.ok((await logo.evaluate((image: HTMLImageElement) => image.naturalWidth)) > 0, "the logo loads");
  });

  it("shows the red Live badge on the custom colours in the listing and on the article", async () => {
    for (const url of ["/", "/sport/", "/sport/regatta-live/"]) {
      await page.goto(served.url(url));
      const badge = page.locator(".live-badge").first();
      assert.equal(await badge.innerText(), "LIVE", `${url} shows the badge (in capitals, as the type label is)`);
      assert.equal(await badge.evaluate((element) => getComputedStyle(element).backgroundColor), "rgb(179, 20, 27)");
    }
  });
});
