import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { NARROW, serveSampleSite, WIDE, type ServedSite } from "../helpers/browser.ts";

/** The little of an element's computed style that shows focus. */
interface FocusStyle {
  tag: string;
  text: string;
  outlineStyle: string;
  outlineWidth: string;
  boxShadow: string;
}

const focusedStyle = (page: Page): Promise<FocusStyle | undefined> =>
  page.evaluate(() => {
    const view = globalThis as unknown as {
      document: { activeElement: { tagName: string; textContent: string | null } | null; body: unknown };
      getComputedStyle(element: unknown): { outlineStyle: string; outlineWidth: string; boxShadow: string };
    };
    const element = view.document.activeElement;
    if (!element || element === view.document.body) return undefined;
    const style = view.getComputedStyle(element);
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.textContent ?? "").trim().slice(0, 60),
      outlineStyle: style.outlineStyle,
      outlineWidth: style.outlineWidth,
      boxShadow: style.boxShadow,
    };
  });

const isVisibleFocus = (style: FocusStyle) =>
  (style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== "none";

let served: ServedSite;

before(async () => {
  served = await serveSampleSite();
});
after(async () => {
  await served?.close();
});

describe("using the site with a keyboard", () => {
  let page: Page;

  before(async () => {
    page = await (await served.browser.newContext({ viewport: WIDE })).newPage();
  });

  it("offers a skip link as the first stop of Tab on every page type, and it moves focus to the main content", async (t) => {
    for (const { kind, url } of served.samples) {
      await t.test(`${kind} ${url}`, async () => {
        await page.goto(served.url(url));
        await page.keyboard.press("Tab");
        const skip = page.locator(":focus");
        assert.equal(await skip.getAttribute("class"), "skip-link", "the first Tab stop is the skip link");
        const box = await skip.boundingBox();
        assert.ok(box && box.y >= 0 && box.width > 0, `the focused skip link is on screen (${JSON.stringify(box)})`);
        await page.keyboard.press("Enter");
        assert.equal(await page.locator(":focus").getAttribute("id"), "main", "focus is on <main> after the skip link");
        await page.keyboard.press("Tab");
        assert.equal(await page.locator("main :focus").count(), 1, "the next Tab stop is inside the main content");
      });
    }
  });

  it("shows a visible focus indicator on every element Tab reaches", async (t) => {
    for (const { kind, url } of served.samples) {
      await t.test(`${kind} ${url}`, async () => {
        await page.goto(served.url(url));
        const stops = await page.locator("a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])").count();
        assert.ok(stops > 0, "the page has something to focus");
        for (let index = 0; index < stops; index += 1) {
          await page.keyboard.press("Tab");
          const style = await focusedStyle(page);
          assert.ok(style, `Tab stop ${index + 1} of ${stops} focuses an element`);
          assert.ok(isVisibleFocus(style), `no visible focus on <${style.tag}> "${style.text}": ${JSON.stringify(style)}`);
        }
      });
    }
  });

  it("takes the reader back to the top of an article with Back to top", async () => {
    const article = served.samples.find((sample) => sample.kind === "article")!;
    await page.setViewportSize(NARROW);
    // Without smooth scrolling the jump is immediate, so a busy machine cannot make the test time out.
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(served.url(article.url));
    const backToTop = page.getByRole("link", { name: "Back to top" });
    await page.evaluate(() => {
      const view = globalThis as unknown as { scrollTo(options: object): void; document: { body: { scrollHeight: number } } };
      view.scrollTo({ top: view.document.body.scrollHeight, behavior: "instant" });
    });
    await backToTop.focus();
    assert.ok(
      (await page.evaluate(() => (globalThis as unknown as { scrollY: number }).scrollY)) > 0,
      "the reader is at the end of the article",
    );
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (globalThis as unknown as { scrollY: number }).scrollY === 0);
    assert.equal(await page.evaluate(() => (globalThis as unknown as { scrollY: number }).scrollY), 0);
  });
});

describe("the site on a 360 px screen without JavaScript", () => {
  let page: Page;

  before(async () => {
    page = await (await served.browser.newContext({ viewport: NARROW, javaScriptEnabled: false })).newPage();
  });

  it("shows every section link in the navigation within the screen, reachable with Tab, and each one opens its section", async () => {
    await page.goto(served.url("/"));
    const links = page.locator(".section-nav a");
    const count = await links.count();
    // The sections come first; the newsroom's own header links (navigation.json) follow them.
    const sectionCount = served.sections.length;
    assert.ok(count >= sectionCount, "a link for every section");
    for (let index = 0; index < count; index += 1) {
      const link = links.nth(index);
      assert.ok(await link.isVisible(), `${await link.innerText()} is visible`);
      const box = (await link.boundingBox())!;
      assert.ok(
        box.x >= 0 && box.x + box.width <= NARROW.width,
        `${await link.innerText()} lies within the 360 px screen: ${JSON.stringify(box)}`,
      );
      assert.ok(box.height >= 24, `${await link.innerText()} is a comfortable target: ${JSON.stringify(box)}`);
    }
    const reached: string[] = [];
    for (let stop = 0; stop < sectionCount + 2; stop += 1) {
      await page.keyboard.press("Tab");
      reached.push((await page.locator(":focus").getAttribute("href")) ?? "");
    }
    const expected = served.sections.map((slug) => `/${slug}/`);
    assert.deepEqual(reached.slice(2), expected, "after the skip link and the site title, Tab visits the sections in order");
    const last = links.nth(sectionCount - 1);
    await last.click();
    assert.equal(new URL(page.url()).pathname, expected.at(-1));
    assert.equal(await page.locator(".section-nav a[aria-current]").getAttribute("href"), expected.at(-1));
  });

  it("lets a reader read an article with no JavaScript at all", async () => {
    const article = served.samples.find((sample) => sample.kind === "article")!;
    await page.goto(served.url(article.url));
    assert.ok(await page.locator("h1").isVisible());
    const body = page.locator(".article-body");
    assert.ok(await body.isVisible());
    assert.ok((await body.innerText()).length > 200, "the article text is on the page");
  });
});
