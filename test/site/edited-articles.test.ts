import assert from "node:assert/strict";
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { DerivedArticles } from "../../src/articles/derived-articles.ts";
import { ArticleFileTexts } from "../../src/articles/file-texts.ts";
import { ParsedArticles } from "../../src/articles/load.ts";
import { renderPage } from "../../src/pages/render.tsx";
import { linkableUrls, pagesOfEditedArticles } from "../../src/site/edited-articles.ts";
import { loadSite } from "../../src/site/load-site.ts";
import { fixture, PROJECT_ROOT, temporaryFolder } from "../helpers/site.ts";

const buildTime = new Date("2026-06-01T00:00:00Z");

/** The drafts fixture loaded as the preview server loads it, with the memos it keeps. */
async function previewedCopy() {
  const input = path.join(temporaryFolder(), "content");
  cpSync(fixture("drafts"), input, { recursive: true });
  const memo = { parsed: new ParsedArticles(), derived: new DerivedArticles(), fileTexts: new ArticleFileTexts() };
  const options = { inputDir: input, buildTime, preview: true, cwd: PROJECT_ROOT };
  const last = await loadSite({ ...options, ...memo });
  const story = path.join(input, "articles/2026-01-01-published-story-1.md");
  const edit = (change: (text: string) => string) => writeFileSync(story, change(readFileSync(story, "utf8")));
  const editedPages = (files = [story]) => pagesOfEditedArticles({ last, files, inputDir: input, cwd: PROJECT_ROOT, buildTime, ...memo });
  return { input, last, story, edit, editedPages, loadAgain: () => loadSite(options) };
}

describe("pagesOfEditedArticles", () => {
  it("makes the edited article's page exactly as a whole-site load of the edited content does", async () => {
    const site = await previewedCopy();
    site.edit((text) => text.replace(/^title: .*$/m, "title: Harbour reopens").concat("\n## A new subheading\n\nA new paragraph.\n"));
    const edited = await site.editedPages();
    assert.ok(edited, "an edit to an existing article's headline and body takes the quick path");
    assert.deepEqual(
      edited.pages.map((page) => page.url),
      ["/world/published-story-1/"],
    );
    const fresh = await site.loadAgain();
    const freshPage = fresh.pages.find((page) => page.url === "/world/published-story-1/");
    assert.ok(freshPage);
    const html = renderPage(edited.pages[0]!, fresh.context);
    assert.equal(html, renderPage(freshPage, fresh.context));
    assert.match(html, /<h1>Harbour reopens<\/h1>/);
    assert.match(html, /A new subheading/);
  });

  it("leaves to the whole-site load an edit that moves the article to another URL", async () => {
    const site = await previewedCopy();
    site.edit((text) => text.replace(/^title: /m, "slug: harbour-moved\ntitle: "));
    assert.equal(await site.editedPages(), undefined);
  });

  it("leaves to the whole-site load an edit with an error, so that the preview shows it", async () => {
    const site = await previewedCopy();
    site.edit((text) => text.replace(/^title: .*$/m, 'title: ""'));
    assert.equal(await site.editedPages(), undefined);
  });

  it("leaves to the whole-site load an edit whose raw HTML repeats an id of the page, which that load reports", async () => {
    const site = await previewedCopy();
    site.edit((text) => text.concat('\n<p id="top">An anchor named like the page\'s own.</p>\n'));
    assert.equal(await site.editedPages(), undefined);
    await assert.rejects(site.loadAgain(), /body: id "top" is one the article page itself uses/);
  });

  it("leaves to the whole-site load an edit that links to a page the site does not have, which that load reports", async () => {
    const site = await previewedCopy();
    site.edit((text) => text.concat("\nSee [the ferry timetable](/world/island-ferry-winter-timetable/).\n"));
    assert.equal(await site.editedPages(), undefined);
    await assert.rejects(site.loadAgain(), /body: link "\/world\/island-ferry-winter-timetable\/" is not a page of this site/);
  });

  it("keeps the quick path for an edit that links to another article of the site", async () => {
    const site = await previewedCopy();
    site.edit((text) => text.concat("\nSee [the other story](/world/published-story-2/).\n"));
    assert.ok(await site.editedPages());
  });

  it("leaves to the whole-site load new and deleted articles, data files and anything else it does not know", async () => {
    const site = await previewedCopy();
    const added = path.join(site.input, "articles/2026-01-06-new-story.md");
    writeFileSync(added, readFileSync(site.story, "utf8"));
    assert.equal(await site.editedPages([added]), undefined);
    assert.equal(await site.editedPages([path.join(site.input, "_data/sections.json")]), undefined);
    assert.equal(await site.editedPages([]), undefined);
    rmSync(site.story);
    assert.equal(await site.editedPages(), undefined, "a deleted article");
  });

  it("works out the addresses an edit may link to once per loaded site, and again for the next load", async () => {
    const site = await previewedCopy();
    const urls = linkableUrls(site.last, site.input);
    assert.equal(linkableUrls(site.last, site.input), urls);
    const known = await urls;
    for (const article of site.last.articles) assert.ok(known.has(article.url), article.url);
    assert.ok(known.has("/world/"));
    const next = await site.loadAgain();
    assert.notEqual(linkableUrls(next, site.input), urls);
  });
});
