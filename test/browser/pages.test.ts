import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { BrowserContext, Page } from "playwright-core";
import {
  axeViolations,
  collectErrors,
  horizontalOverflow,
  NARROW,
  screenshot,
  serveSampleSite,
  WIDE,
  type ServedSite,
} from "../helpers/browser.ts";

/** The page types every build has; later ones (tags, authors, search) are found in the output as they land. */
const CORE_KINDS = ["home", "section", "section-page-n", "article", "404"];

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
    for (const { kind, url } of served.samples) {
      await t.test(`${kind} ${url}`, async () => {
        errors.length = 0;
        await page.setViewportSize(NARROW);
        for (const colorScheme of ["light", "dark"] as const) {
          await page.emulateMedia({ colorScheme });
          const response = await page.goto(served.url(url), { waitUntil: "load" });
          // Scripted pages (search) are checked as readers see them once their scripts have run.
          if ((await page.locator("script[src]").count()) > 0) await page.waitForLoadState("networkidle");
          assert.equal(response?.status(), 200, `${url} is served`);
          assert.deepEqual(await axeViolations(page), [], `axe violations on ${url} in the ${colorScheme} scheme`);
          await screenshot(page, `${kind}-360-${colorScheme}`);
        }
        assert.ok((await horizontalOverflow(page)) <= 0, `${url} scrolls sideways at 360 px by ${await horizontalOverflow(page)} px`);
        await page.emulateMedia({ colorScheme: "light" });
        await page.setViewportSize(WIDE);
        await screenshot(page, `${kind}-1280`);
        assert.deepEqual(errors, [], `console errors on ${url}`);
      });
    }
  });

  it("answers an unknown address with the 404 page and status 404", async () => {
    const response = await page.goto(served.url("/no/such/page/"));
    assert.equal(response?.status(), 404);
    assert.match(await page.locator("h1").innerText(), /not found/i);
  });
});
