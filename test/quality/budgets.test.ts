import assert from "node:assert/strict";
import { readFileSync, statSync } from "node:fs";
import { before, describe, it } from "node:test";
import { parse } from "node-html-parser";
import { buildSampleSite, filesOf, htmlUrlsOf, pageKindOf, SAMPLE_CONTENT, sectionSlugsOf } from "../helpers/sample-site.ts";
import { builtFileOf } from "../helpers/site-links.ts";
import { outputFileOf, type BuiltSite } from "../helpers/site.ts";

/** Issue 7: an article's HTML plus its CSS, uncompressed and without images. */
const ARTICLE_BUDGET_BYTES = 60 * 1024;
const FONT_FILE = /\.(woff2?|ttf|otf|eot)$/i;

interface ArticleWeight {
  url: string;
  html: number;
  css: number;
}

function weightOf(site: BuiltSite, url: string): ArticleWeight {
  const file = outputFileOf(site.output, url);
  const stylesheets = parse(readFileSync(file, "utf8"))
    .querySelectorAll('link[rel~="stylesheet"]')
    .map((link) => {
      const href = link.getAttribute("href") ?? "";
      const built = builtFileOf(site.output, new URL(href, `http://site${url}`).pathname);
      assert.ok(built, `${url}: stylesheet ${href} is built`);
      return statSync(built).size;
    });
  return { url, html: statSync(file).size, css: stylesheets.reduce((sum, size) => sum + size, 0) };
}

describe("budgets of the sample site", () => {
  let site: BuiltSite;
  let articles: string[];
  before(async () => {
    site = await buildSampleSite();
    const sections = sectionSlugsOf(SAMPLE_CONTENT);
    articles = htmlUrlsOf(site.output).filter((url) => pageKindOf(url, sections) === "article");
  });

  it("keeps every article page's HTML plus CSS under 60 KB uncompressed", (t) => {
    assert.ok(articles.length > 0, "the sample site has article pages");
    const weights = articles.map((url) => weightOf(site, url)).sort((a, b) => b.html + b.css - (a.html + a.css));
    for (const { url, html, css } of weights) t.diagnostic(`${url}: ${html} B HTML + ${css} B CSS = ${html + css} B`);
    const over = weights.filter(({ html, css }) => html + css >= ARTICLE_BUDGET_BYTES);
    assert.deepEqual(over, [], `over ${ARTICLE_BUDGET_BYTES} bytes`);
  });

  it("needs no script to read an article: the only scripts are JSON-LD data blocks", () => {
    for (const url of articles) {
      const scripts = site.page(url).querySelectorAll("script");
      for (const script of scripts) {
        assert.equal(script.getAttribute("src"), undefined, `${url} loads a script`);
        assert.equal(script.getAttribute("type"), "application/ld+json", `${url} has an executable script`);
      }
    }
  });

  it("uses the system's fonts: no @font-face, no font files, no font preloads", () => {
    const files = filesOf(site.output);
    assert.deepEqual(
      files.filter((file) => FONT_FILE.test(file)),
      [],
      "font files in the output",
    );
    const stylesheets = files.filter((file) => file.endsWith(".css"));
    assert.ok(stylesheets.length > 0, "the site has a stylesheet");
    for (const file of stylesheets) assert.doesNotMatch(readFileSync(file, "utf8"), /@font-face|@import/i, file);
    for (const url of htmlUrlsOf(site.output)) {
      const page = site.page(url);
      assert.equal(page.querySelectorAll('link[as="font"]').length, 0, `${url} preloads a font`);
      assert.ok(
        page.querySelectorAll("style").every((style) => !/@font-face/i.test(style.text)),
        `${url} declares a font`,
      );
    }
  });
});
