import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { axeViolations, collectErrors, horizontalOverflow, serveSampleSite, type ServedSite } from "../helpers/browser.ts";
import { PROJECT_ROOT } from "../helpers/site.ts";

const SCREENS = { wide: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const SHOTS = path.join(PROJECT_ROOT, "test/.output/screenshots");

type Browserish = { document: { querySelector(s: string): { getBoundingClientRect(): { top: number; bottom: number } } | null } };

/** The box of the first element matching `selector`, in CSS pixels from the top of the screen. */
function boxOf(page: Page, selector: string): Promise<{ top: number; bottom: number } | undefined> {
  return page.evaluate((s) => {
    const rect = (globalThis as unknown as Browserish).document.querySelector(s)?.getBoundingClientRect();
    return rect ? { top: rect.top, bottom: rect.bottom } : undefined;
  }, selector);
}

function fontSize(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const style = (globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string } }).getComputedStyle(element);
      return Number.parseFloat(style.fontSize);
    });
}

/** Total layout shift from loading the page, with every lazy image scrolled into view and loaded. */
async function layoutShiftWhileLoading(page: Page, url: string): Promise<number> {
  await page.addInitScript(() => {
    const scope = globalThis as unknown as {
      shift: number;
      PerformanceObserver: new (cb: (list: { getEntries(): { value: number }[] }) => void) => { observe(o: object): void };
    };
    scope.shift = 0;
    new scope.PerformanceObserver((list) => {
      for (const entry of list.getEntries()) scope.shift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(url, { waitUntil: "load" });
  for (const image of await page.locator("main img").all()) await image.scrollIntoViewIfNeeded();
  await page.waitForLoadState("networkidle");
  return page.evaluate(() => (globalThis as unknown as { shift: number }).shift);
}

describe("the front page and article page as a reader sees them", () => {
  let served: ServedSite;
  let article: string;
  before(async () => {
    served = await serveSampleSite();
    const home = served.site.page("/");
    article = home.querySelector(".home-lead .article-card-title a")?.getAttribute("href") ?? "";
    mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => {
    await served?.close();
  });

  for (const [name, viewport] of Object.entries(SCREENS)) {
    it(`shows the lead story's image and headline on the first screen at ${viewport.width} px`, async () => {
      const page = await (await served.browser.newContext({ viewport })).newPage();
      await page.goto(served.url("/"), { waitUntil: "load" });
      for (const selector of [".home-lead img", ".home-lead .article-card-title"]) {
        const box = await boxOf(page, selector);
        assert.ok(
          box && box.top >= 0 && box.bottom <= viewport.height,
          `${selector} at ${JSON.stringify(box)} is within the first ${viewport.height} px (${name})`,
        );
      }
      await page.context().close();
    });

    it(`ranks headlines lead > top stories > section blocks at ${viewport.width} px`, async () => {
      const page = await (await served.browser.newContext({ viewport })).newPage();
      await page.goto(served.url("/"), { waitUntil: "load" });
      const lead = await fontSize(page, ".teaser-lead .article-card-title");
      const top = await fontSize(page, ".teaser-top .article-card-title");
      const block = await fontSize(page, ".teaser-block .article-card-title");
      assert.ok(lead > top && top > block, `lead ${lead}px, top ${top}px, block ${block}px`);
      await page.context().close();
    });

    it(`has no sideways scrolling, no axe violations in light and dark, and no layout shift at ${viewport.width} px`, async (t) => {
      const section = `/${served.sections[0]}/`;
      for (const [kind, url] of [
        ["home", "/"],
        ["section", section],
        ["article", article],
      ] as const) {
        await t.test(`${kind} ${url}`, async () => {
          const context = await served.browser.newContext({ viewport });
          const page = await context.newPage();
          const errors = collectErrors(page);
          assert.equal(await layoutShiftWhileLoading(page, served.url(url)), 0, `layout shift on ${url}`);
          for (const colorScheme of ["light", "dark"] as const) {
            await page.emulateMedia({ colorScheme });
            assert.deepEqual(await axeViolations(page), [], `axe on ${url} in ${colorScheme}`);
            assert.ok((await horizontalOverflow(page)) <= 0, `${url} scrolls sideways at ${viewport.width} px`);
            await page.screenshot({ path: path.join(SHOTS, `${kind}-${viewport.width}-${colorScheme}.png`), fullPage: true });
          }
          assert.deepEqual(errors, []);
          await context.close();
        });
      }
    });
  }
});
