import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { buildSampleSite, SAMPLE_CONTENT } from "../helpers/sample-site.ts";
import { buildFixture, fixture, type BuiltSite } from "../helpers/site.ts";
import { copyOfFixture, writeFiles, writesMarker } from "../security/payloads.ts";
import { buildProject, messagesOf, newsroomProject } from "./project.ts";

const linksIn = (site: BuiltSite, url: string, selector: string) =>
  site
    .page(url)
    .querySelectorAll(selector)
    .map((link) => link.getAttribute("href"))
    .sort();

describe("pages/elections.njk, the example developer page", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildSampleSite();
  });

  it("is built at /elections/ in the site's layout", () => {
    assert.ok(site.exists("/elections/"), "/elections/index.html was written");
    const page = site.page("/elections/");
    assert.equal(page.querySelector("title")?.text, "Elections | The Harbour Ledger");
    assert.ok(page.querySelector('link[rel="stylesheet"][href="/assets/site.css"]'), "the site's stylesheet");
    assert.ok(page.querySelector("header.site-header a.site-title"), "the site header");
    assert.deepEqual(linksIn(site, "/elections/", "nav.section-nav a"), linksIn(site, "/", "nav.section-nav a"));
    assert.ok(page.querySelector("footer.site-footer"), "the site footer");
    assert.equal(page.querySelector("main h1")?.text, "Elections");
  });

  it("lists exactly the articles of the tag page /tags/elections/", () => {
    const listed = linksIn(site, "/elections/", "main .article-card-title a");
    assert.ok(listed.length > 0, "the sample content has articles tagged elections");
    assert.deepEqual(listed, linksIn(site, "/tags/elections/", "main .article-card-title a"));
  });
});

describe("templates in the content folder", () => {
  it("never render, while the developer's pages do", async () => {
    const input = copyOfFixture("basic");
    writeFiles(input, {
      "x.njk": "---\npermalink: /x/\n---\n<p>{{ 6 * 7 }}</p>\n",
      "y.md": "---\npermalink: /y/\n---\n{{ 6 * 7 }}\n",
      "articles/world/2026-01-08-curly.md":
        "---\ntitle: Curly braces\ndate: 2026-01-08\nsection: world\n---\n\nSix times seven is {{ 6 * 7 }}.\n",
    });
    const site = await buildFixture(input);
    assert.ok(site.exists("/elections/"), "the developer's page was built");
    assert.ok(!site.exists("/x/") && !site.exists("/y/"), "no page from the content folder's templates");
    assert.ok(!existsSync(path.join(site.output, "x.html")) && !existsSync(path.join(site.output, "y.html")));
    const body = site.page("/world/curly/").querySelector("main")?.text ?? "";
    assert.match(body, /Six times seven is \{\{ 6 \* 7 \}\}\./);
  });
});

describe("a newsroom's own Eleventy config with the plugin", () => {
  it("renders Nunjucks, Markdown with Nunjucks, and .11ty.js pages with the site's data", async () => {
    const project = newsroomProject(SAMPLE_CONTENT, {
      "who-we-are.md":
        "---\nlayout: newsroom\ntitle: About us\n---\n# About {{ newsroom.site.title }}\n\nWe cover {{ newsroom.sections | length }} sections.\n",
      "count.11ty.js":
        'export const data = { permalink: "/count.txt" };\nexport function render({ newsroom }) { return String(newsroom.articles.length); }\n',
      "world.njk": '---\npermalink: /world-list.txt\n---\n{% for a in newsroom.articles | bySection("world") %}{{ a.url }}\n{% endfor %}',
      "_includes/framed.njk": '---\nlayout: newsroom\n---\n<div class="frame">{{ content | safe }}</div>\n',
      "_includes/note.njk": '<p class="note">A note</p>\n',
      "framed.njk": '---\nlayout: framed.njk\ntitle: Framed\n---\n{% include "note.njk" %}\n',
    });
    const site = await buildProject(project);
    const about = site.page("/who-we-are/");
    assert.equal(about.querySelector("main h1")?.text, "About The Harbour Ledger");
    assert.match(about.querySelector("main p")?.text ?? "", /^We cover 5 sections\.$/);
    assert.ok(about.querySelector("header.site-header"), "in the site's layout");
    assert.equal(site.read("/count.txt"), String(publishedArticles(site)));
    const framed = site.page("/framed/");
    assert.equal(
      framed.querySelector("main .frame p.note")?.text,
      "A note",
      "a layout and a partial from pages/_includes, in the site's layout",
    );
    assert.equal(framed.querySelector("title")?.text, "Framed | The Harbour Ledger");
    assert.deepEqual(site.read("/world-list.txt").trim().split("\n").sort(), linksIn(site, "/world/", "main .article-card-title a"));
  });

  it("fails the build when a developer page has the URL of a newsroom page, naming both", async () => {
    const project = newsroomProject(fixture("basic"), {
      "clash.njk": "---\npermalink: /world/\n---\n<p>Mine</p>\n",
      "fine.njk": "---\npermalink: /fine/\n---\n<p>Fine</p>\n",
    });
    const error = await buildProject(project).then(
      () => assert.fail("the build succeeded"),
      (thrown: unknown) => thrown,
    );
    const message = messagesOf(error);
    assert.match(message, /pages[/\\]clash\.njk: permalink: \/world\/ is a section page \(\/world\/\): two pages, one URL/);
    assert.doesNotMatch(message, /fine\.njk/);
  });

  it("fails the build when a developer page has the URL of a page of the content folder", async () => {
    const project = newsroomProject(fixture("pages"), { "about.njk": "---\npermalink: /about/\n---\n<p>Mine</p>\n" });
    const error = await buildProject(project).then(
      () => assert.fail("the build succeeded"),
      (thrown: unknown) => thrown,
    );
    assert.match(
      messagesOf(error),
      /pages[/\\]about\.njk: permalink: \/about\/ is a page of the content folder's pages\/ \(\/about\/\): two pages, one URL/,
    );
  });

  it("refuses a layout that is not in the pages folder, before any file of the content folder runs", async () => {
    const input = copyOfFixture("basic");
    const marker = path.join(path.dirname(input), "layout-ran");
    writeFiles(input, { "_includes/evil.11ty.js": `${writesMarker(marker)};\nmodule.exports = { render: () => "ran" };\n` });
    const project = newsroomProject(input, {
      "_includes/framed.njk": '---\nlayout: newsroom\n---\n<div class="frame">{{ content | safe }}</div>\n',
      "ok.njk": "---\nlayout: framed\n---\n<p>Fine</p>\n",
      "sneaky.md": "---\nlayout: evil\n---\nHello\n",
    });
    const error = await buildProject(project).then(
      () => assert.fail("the build succeeded"),
      (thrown: unknown) => thrown,
    );
    assert.match(messagesOf(error), /pages[/\\]sneaky\.md: layout: "evil" is not a layout of the pages folder's _includes\//);
    assert.ok(!messagesOf(error).includes("ok.njk"), "a layout from pages/_includes is fine");
    assert.ok(!existsSync(marker), "the content folder's layout never ran");
  });

  it("refuses a pages folder inside the content folder", async () => {
    const input = copyOfFixture("basic");
    writeFiles(input, { "pages/x.njk": "<p>x</p>\n" });
    const project = newsroomProject(input, {}, { pagesDir: path.join(input, "pages") });
    const error = await buildProject(project).then(
      () => assert.fail("the build succeeded"),
      (thrown: unknown) => thrown,
    );
    assert.match(messagesOf(error), /pages: is the newsroom plugin's pagesDir and overlaps the content folder/);
  });
});

/** The site's feed lists every published article of the sample site. */
function publishedArticles(site: BuiltSite): number {
  return (JSON.parse(site.read("/feed.json")) as { items: unknown[] }).items.length;
}
