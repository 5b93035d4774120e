import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Locator, Page } from "playwright-core";
import { collectErrors, serveSampleSite, WIDE, type ServedSite } from "../helpers/browser.ts";

let served: ServedSite;
let page: Page;

before(async () => {
  served = await serveSampleSite();
  page = await (await served.browser.newContext({ viewport: WIDE })).newPage();
});
after(async () => {
  await served?.close();
});

const pathname = (page: Page) => new URL(page.url()).pathname;

/** Computed style properties of an element (or of one of its pseudo-elements). */
function computed(locator: Locator, properties: string[], pseudo?: string): Promise<Record<string, string>> {
  return locator.evaluate(
    (element, [names, pseudoElement]) => {
      const style = (
        globalThis as unknown as { getComputedStyle(e: unknown, p?: string): { getPropertyValue(name: string): string } }
      ).getComputedStyle(element, pseudoElement);
      return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)]));
    },
    [properties, pseudo] as const,
  );
}

describe("a reader's way through the site", () => {
  it("goes from the home page to a section, an article, another article under More in section, and home again", async () => {
    const errors = collectErrors(page);
    await page.goto(served.url("/"));
    const nav = page.getByRole("navigation", { name: "Sections" });
    const sectionLink = nav.getByRole("link").first();
    const sectionTitle = await sectionLink.innerText();
    await sectionLink.click();
    assert.equal(await page.locator("h1").innerText(), sectionTitle);
    assert.equal(await nav.getByRole("link", { name: sectionTitle }).getAttribute("aria-current"), "page");
    const sectionUrl = pathname(page);

    const firstArticle = page.locator("main .article-card-title a").first();
    const headline = await firstArticle.innerText();
    await firstArticle.click();
    assert.equal(await page.locator("h1").innerText(), headline);
    assert.ok(pathname(page).startsWith(sectionUrl), `${pathname(page)} is an article of ${sectionUrl}`);

    const more = page.getByRole("complementary", { name: `More in ${sectionTitle}` });
    const other = more.locator("ol a").first();
    const otherHeadline = await other.innerText();
    await other.click();
    assert.equal(await page.locator("h1").innerText(), otherHeadline);
    assert.ok(pathname(page).startsWith(sectionUrl), "More in section stays in the section");

    // The site title is the home link, as text or as the logo whose alt text it is.
    const title = page.locator(".site-title");
    const name = (await title.innerText()) || ((await title.locator("img").getAttribute("alt")) ?? "");
    await page.getByRole("banner").getByRole("link", { name, exact: true }).click();
    assert.equal(pathname(page), "/");
    assert.deepEqual(errors, []);
  });
});

describe("printing an article", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    it(`prints black text on white without navigation or footer, showing link targets (${colorScheme} scheme)`, async () => {
      const article = served.samples.find((sample) => sample.kind === "article")!;
      await page.emulateMedia({ media: "print", colorScheme });
      await page.goto(served.url(article.url));
      for (const hidden of [".section-nav", ".site-footer", ".skip-link"]) {
        assert.equal((await computed(page.locator(hidden), ["display"])).display, "none", `${hidden} is not printed`);
      }
      const body = await computed(page.locator("body"), ["color", "background-color"]);
      assert.deepEqual(body, { color: "rgb(0, 0, 0)", "background-color": "rgb(255, 255, 255)" });
      for (const text of ["h1", ".article-body p"]) {
        assert.equal((await computed(page.locator(text).first(), ["color"])).color, "rgb(0, 0, 0)", `${text} prints in black`);
      }
      const link = page.locator(".article-body a[href]").first();
      const href = (await link.getAttribute("href"))!;
      const { content = "" } = await computed(link, ["content"], "::after");
      assert.ok(content.includes(href), `the link's target ${href} is printed after it: ${content}`);
      await page.emulateMedia({ media: "screen", colorScheme: "light" });
    });
  }
});

describe("the dark colour scheme", () => {
  it("follows prefers-color-scheme: light text on a dark background", async () => {
    await page.goto(served.url("/"));
    const schemes: Record<string, Record<string, string>> = {};
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      schemes[colorScheme] = await computed(page.locator("body"), ["color", "background-color"]);
    }
    const lightness = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, channel) => sum + Number(channel), 0) / 3;
    assert.ok(lightness(schemes.light!["background-color"]!) > 200, `light background: ${JSON.stringify(schemes.light)}`);
    assert.ok(lightness(schemes.dark!["background-color"]!) < 60, `dark background: ${JSON.stringify(schemes.dark)}`);
    assert.ok(lightness(schemes.dark!.color!) > 180, `dark-scheme text: ${JSON.stringify(schemes.dark)}`);
    await page.emulateMedia({ colorScheme: "light" });
  });
});
