import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { launchChromium } from "../helpers/browser.ts";
import { buildFixture, fixture } from "../helpers/site.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

const PAGES = ["/news/xss-payloads/", "/news/hostile-front-matter/", "/news/template-syntax/", "/news/", "/", "/tags/", "/authors/"];

/** What a real browser's parser made of the page: handlers and scripts as the DOM holds them. */
function domFindings(): string[] {
  const findings: string[] = [];
  for (const element of Array.from(document.querySelectorAll("*"))) {
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name)) findings.push(`${element.tagName} ${attribute.name}`);
    }
    const url = (element as HTMLAnchorElement).href ?? (element as HTMLIFrameElement).src;
    if (typeof url === "string" && /^(?:javascript|vbscript|data:text):?/i.test(url)) findings.push(`${element.tagName} ${url}`);
  }
  for (const script of Array.from(document.scripts)) {
    const own = script.type === "application/ld+json" || /^\/assets\//.test(script.getAttribute("src") ?? "");
    if (!own) findings.push(`script ${script.outerHTML}`);
  }
  return findings;
}

describe("no script runs in a real browser", () => {
  let server: StaticServer;
  let browser: Browser;
  before(async () => {
    const site = await buildFixture(fixture("hardening-hostile"));
    server = await serveStatic(site.output);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("opens every hostile page without a dialog, a foreign script or an event handler in the DOM", async () => {
    const context = await browser.newContext();
    // Nothing leaves the loopback server: embeds and payload URLs are answered with an error.
    await context.route("**/*", (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    for (const pathname of PAGES) {
      const response = await page.goto(`${server.origin}${pathname}`, { waitUntil: "load" });
      assert.equal(response?.status(), 200, pathname);
      assert.deepEqual(await page.evaluate(domFindings), [], pathname);
    }
    // Search results are built in the page from the index: hostile headlines and summaries must stay text.
    for (const query of ["quay summary", "script alert"]) {
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`, { waitUntil: "load" });
      await page.locator(".search-status", { hasText: /found/ }).waitFor();
      assert.ok((await page.locator(".search-result").count()) > 0, query);
      assert.deepEqual(await page.evaluate(domFindings), [], query);
      assert.equal(await page.locator(".search-result b, .search-result script").count(), 0, query);
    }
    assert.deepEqual(dialogs, []);
    await context.close();
  });
});
