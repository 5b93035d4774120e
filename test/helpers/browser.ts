import assert from "node:assert/strict";
import axe from "axe-core";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { buildSampleSiteWithPagination, samplePages, sectionSlugsOf, SAMPLE_CONTENT, type PageSample } from "./sample-site.ts";
import type { BuiltSite } from "./site.ts";
import { buildFixture, PROJECT_ROOT } from "./site.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

export const CHROMIUM_PATH = "/usr/bin/chromium";
export const SCREENSHOT_DIR = path.join(PROJECT_ROOT, "test/screenshots");
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
export const NARROW = { width: 360, height: 740 };
export const WIDE = { width: 1280, height: 900 };

/** Debian's Chromium, never a downloaded one; a missing browser fails the suite rather than skipping it (async, so that callers can close what they opened: a synchronous throw left the test server running and the suite hung). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}. The browser tests drive Debian's chromium ` +
        "(`apt-get install chromium`, which .ci/run does when it is missing); playwright-core never downloads a browser.",
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  });
}

export interface ServedSite {
  site: BuiltSite;
  server: StaticServer;
  browser: Browser;
  sections: string[];
  /** One page of every kind the build wrote: home, section, section page 2, article, 404, tags, … */
  samples: PageSample[];
  url(path: string): string;
  close(): Promise<void>;
}

/** Builds the sample site (with a second section page), serves it on loopback and starts one browser. */
export async function serveSampleSite(): Promise<ServedSite> {
  const site = await buildSampleSiteWithPagination();
  return serveBuilt(site, sectionSlugsOf(SAMPLE_CONTENT));
}

/** Builds a content folder with the real build at `buildNow`, serves it on loopback and starts one browser. */
export async function serveFixtureSite(input: string, buildNow: string): Promise<ServedSite> {
  const site = await buildFixture(input, buildNow);
  return serveBuilt(site, sectionSlugsOf(input));
}

async function serveBuilt(site: ServedSite["site"], sections: string[]): Promise<ServedSite> {
  const server = await serveStatic(site.output);
  const browser = await launchChromium().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  return {
    site,
    server,
    browser,
    sections,
    samples: samplePages(site.output, sections),
    url: (pathname) => `${server.origin}${pathname}`,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Console errors and uncaught exceptions of a page, collected from now on. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(`exception: ${error.message}`));
  page.on("requestfailed", (request) => {
    const reason = request.failure()?.errorText ?? "?";
    // Leaving a page cancels what it was still fetching; that is no fault of the page.
    if (reason !== "net::ERR_ABORTED") errors.push(`request failed: ${request.url()} (${reason})`);
  });
  return errors;
}

/** axe-core's WCAG 2.1 A/AA violations on the page as it is now, one readable line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const results = (await page.evaluate(
    (tags) => (globalThis as unknown as { axe: typeof axe }).axe.run({ runOnly: { type: "tag", values: tags } }),
    WCAG_TAGS,
  )) as axe.AxeResults;
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? "?"}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Horizontal overflow of the document, in CSS pixels (0 when nothing scrolls sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document
      .documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}

/**
 * Opens one page as readers on a phone see it, in the light and dark schemes: served with 200, no
 * WCAG 2.1 A/AA violation, no sideways scrolling at 360 px and no console error; then screenshots
 * it at 1280 px too. `errors` is the page's collectErrors list.
 */
export async function assertReadableEverywhere(
  page: Page,
  served: ServedSite,
  { kind, url }: PageSample,
  errors: string[],
  shotPrefix = "",
): Promise<void> {
  errors.length = 0;
  await page.setViewportSize(NARROW);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const response = await page.goto(served.url(url), { waitUntil: "load" });
    // Scripted pages (search) are checked as readers see them once their scripts have run.
    if ((await page.locator("script[src]").count()) > 0) await page.waitForLoadState("networkidle");
    assert.equal(response?.status(), 200, `${url} is served`);
    assert.deepEqual(await axeViolations(page), [], `axe violations on ${url} in the ${colorScheme} scheme`);
    await screenshot(page, `${shotPrefix}${kind}-360-${colorScheme}`);
  }
  assert.ok((await horizontalOverflow(page)) <= 0, `${url} scrolls sideways at 360 px by ${await horizontalOverflow(page)} px`);
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize(WIDE);
  await screenshot(page, `${shotPrefix}${kind}-1280`);
  assert.deepEqual(errors, [], `console errors on ${url}`);
}
