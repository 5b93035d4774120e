import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { parse, type HTMLElement } from "node-html-parser";
import { parseFrontMatter } from "../../src/articles/front-matter.ts";
import { PROVIDERS, shape } from "../helpers/analytics.ts";
import { buildFixture, fixture, type BuiltSite } from "../helpers/site.ts";
import { parseXml } from "../helpers/xml.ts";
import { copyOfFixture, writeFiles } from "./payloads.ts";

const HOSTILE_FILE = fixture("hardening-hostile/articles/news/2026-01-03-hostile-front-matter.md");
const EMBED_HOSTS = ["www.youtube-nocookie.com"];
const URL_ATTRIBUTES = ["href", "src", "action", "formaction", "data", "poster", "cite", "background", "xlink:href", "srcset"];
const SAFE_DATA_IMAGE = /^data:image\/(?:png|gif|jpeg|webp|avif);/;

/** What the front matter says, as the project's YAML parser reads it. */
function hostileFrontMatter(): Record<string, unknown> {
  const parsed = parseFrontMatter(HOSTILE_FILE, readFileSync(HOSTILE_FILE, "utf8"));
  assert.ok(parsed.frontMatter, "the hostile fixture is valid YAML");
  return parsed.frontMatter.data;
}

function filesOf(site: BuiltSite, extension: string): string[] {
  return readdirSync(site.output, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(extension));
}

/** The editor's page (Decap CMS): its only scripts are the bundle and the editor's set-up, both files of /admin/. */
const EDITOR_PAGE = path.join("admin", "index.html");
const isEditorScript = (script: HTMLElement) => ["decap-cms.js", "editor.js"].includes(script.getAttribute("src") ?? "");

/** The site's own scripts: JSON-LD and its bundled search scripts, never anything from content. */
function isOwnScript(script: HTMLElement): boolean {
  return script.getAttribute("type") === "application/ld+json" || /^\/assets\/[\w.-]+\.js$/.test(script.getAttribute("src") ?? "");
}

/** How a browser reads a URL's scheme: control characters and spaces inside it are skipped. */
function dangerousUrl(value: string): boolean {
  return value
    .split(",")
    .map((candidate) => candidate.replace(/[\u0000-\u0020]/g, "").toLowerCase())
    .some((url) => /^(?:javascript|vbscript):/.test(url) || (url.startsWith("data:") && !SAFE_DATA_IMAGE.test(url)));
}

/** What `problemsIn` reports; `allowed` is the one analytics script site.json asks for, if any. */
function problemsIn(file: string, html: string, allowed?: (script: HTMLElement) => boolean): string[] {
  const document = parse(html, { comment: true });
  const problems: string[] = [];
  const scripts = document.querySelectorAll("script");
  for (const script of scripts.filter((candidate) => !isOwnScript(candidate) && !allowed?.(candidate)))
    problems.push(`${file}: foreign script ${script.outerHTML}`);
  const rawScriptTags = html.match(/<script\b/gi)?.length ?? 0;
  if (rawScriptTags !== scripts.length)
    problems.push(`${file}: ${rawScriptTags} <script in the text but ${scripts.length} script elements`);
  for (const element of document.querySelectorAll("*")) {
    for (const [name, value] of Object.entries(element.attributes)) {
      if (/^on/i.test(name)) problems.push(`${file}: event handler ${name} on <${element.tagName}>`);
      if (URL_ATTRIBUTES.includes(name.toLowerCase()) && dangerousUrl(value))
        problems.push(`${file}: ${name}="${value}" on <${element.tagName}>`);
      if (name.toLowerCase() === "srcdoc" || name.toLowerCase() === "style") problems.push(`${file}: ${name} on <${element.tagName}>`);
    }
  }
  const articleBody = document.querySelector(".article-body");
  for (const tag of [
    "object",
    "embed",
    "form",
    "input",
    "button",
    "base",
    "style",
    "meta",
    "link",
    "svg",
    "math",
    "noscript",
    "template",
  ]) {
    for (const _element of articleBody?.querySelectorAll(tag) ?? []) problems.push(`${file}: <${tag}> in an article body`);
  }
  for (const iframe of document.querySelectorAll("iframe")) {
    const host = URL.canParse(iframe.getAttribute("src") ?? "") ? new URL(iframe.getAttribute("src")!).hostname : "";
    if (!EMBED_HOSTS.includes(host)) problems.push(`${file}: iframe from ${host || "nowhere"}`);
  }
  return problems;
}

describe("no script reaches readers", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture(fixture("hardening-hostile"));
  });

  it("leaves no foreign script, event handler, dangerous URL or unlisted embed on any page", () => {
    const pages = filesOf(site, ".html");
    assert.ok(pages.length > 5);
    const problems = pages.flatMap((file) =>
      problemsIn(file, readFileSync(path.join(site.output, file), "utf8"), file === EDITOR_PAGE ? isEditorScript : undefined),
    );
    assert.deepEqual(problems, []);
  });

  it("gives the editor's page at /admin/ exactly two scripts, its own files, and a noindex", () => {
    const page = site.page("/admin/");
    assert.deepEqual(
      page.querySelectorAll("script").map((script) => script.getAttribute("src")),
      ["decap-cms.js", "editor.js"],
    );
    assert.equal(page.querySelector("meta[name='robots']")?.getAttribute("content"), "noindex");
  });

  it("keeps the allowed HTML and the embed from a listed host", () => {
    const body = site.page("/news/xss-payloads/").querySelector(".article-body")!;
    assert.equal(body.querySelector("strong")?.text, "paragraph");
    assert.equal(body.querySelector("a[href='https://example.org/']")?.text, "a link");
    assert.equal(body.querySelector("a[href='https://example.org/ok']")?.text, "safe link, unsafe handlers");
    assert.deepEqual(
      body.querySelectorAll("iframe").map((iframe) => iframe.getAttribute("src")),
      ["https://www.youtube-nocookie.com/embed/abc123"],
    );
  });

  it("shows hostile front matter as text in the headline, byline, tags, <title> and meta tags", () => {
    const data = hostileFrontMatter();
    const title = String(data.title);
    const summary = String(data.summary);
    const authors = data.author as string[];
    const page = site.page("/news/hostile-front-matter/");
    assert.equal(page.querySelector("h1")?.text, title);
    assert.equal(page.querySelector("title")?.text, `${title} | Hardening Herald`);
    assert.equal(page.querySelector("meta[name='description']")?.getAttribute("content"), summary);
    assert.equal(page.querySelector("meta[property='og:title']")?.getAttribute("content"), title);
    const byline = page.querySelector(".byline")?.text ?? "";
    for (const author of authors) assert.ok(byline.includes(author), `the byline shows ${author}`);
    const tags = page.querySelectorAll(".article-tags li").map((item) => item.text.trim());
    assert.deepEqual(tags, data.tags);
  });

  it("keeps hostile front matter inside JSON-LD: the JSON parses back to the very same text", () => {
    const title = String(hostileFrontMatter().title);
    const html = site.read("/news/hostile-front-matter/");
    const blocks = parse(html).querySelectorAll("script[type='application/ld+json']");
    assert.ok(blocks.length > 0, "the article has JSON-LD");
    for (const block of blocks) {
      assert.doesNotMatch(block.rawText, /<\/|<!--|\u2028|\u2029/, "nothing in the block can end or comment out the script");
    }
    const article = blocks
      .map((block) => JSON.parse(block.rawText) as { "@type": string; headline?: string })
      .find((data) => data["@type"] === "NewsArticle");
    assert.equal(article?.headline, title);
  });

  it("writes well-formed XML and JSON for every feed and sitemap, hostile headlines included", () => {
    const title = String(hostileFrontMatter().title);
    const xmlFiles = filesOf(site, ".xml");
    for (const file of xmlFiles) assert.doesNotThrow(() => parseXml(readFileSync(path.join(site.output, file), "utf8")), file);
    for (const file of filesOf(site, ".json")) {
      assert.doesNotThrow(() => JSON.parse(readFileSync(path.join(site.output, file), "utf8")), file);
    }
    const feeds = xmlFiles.map((file) => readFileSync(path.join(site.output, file), "utf8")).filter((xml) => xml.includes("<feed"));
    assert.ok(feeds.length > 0, "there is an Atom feed");
    const xmlTitle = title.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
    assert.ok(
      feeds.some((xml) => JSON.stringify(parseXml(xml)).includes(JSON.stringify(xmlTitle).slice(1, -1))),
      "the feed carries the headline, minus what XML cannot hold",
    );
  });

  it("never runs article text through Liquid or Nunjucks", () => {
    const page = site.page("/news/template-syntax/");
    const body = page.querySelector(".article-body")?.text ?? "";
    assert.ok(body.includes("{{ 6 | times: 7 }}"), body);
    assert.ok(body.includes("{% raw %}raw{% endraw %}"));
    assert.ok(body.includes("{{ 6 * 7 }} {% set x = 6 %}{{ x }} {# comment #}"));
    assert.doesNotMatch(body, /42/);
    assert.equal(page.querySelector("h1")?.text, "Template syntax {{ 6 * 7 }}");
  });
});

describe("no script reaches readers but the analytics site.json asks for", () => {
  for (const { name, analytics, tag } of PROVIDERS) {
    it(`${name}: every page has its documented tag once and no other foreign script`, async () => {
      const input = copyOfFixture("hardening-hostile");
      const siteJson = JSON.parse(readFileSync(path.join(input, "_data/site.json"), "utf8"));
      writeFiles(input, { "_data/site.json": JSON.stringify({ ...siteJson, analytics }) });
      const site = await buildFixture(input);
      const expected = JSON.stringify(shape(tag));
      const isAnalytics = (script: HTMLElement) => JSON.stringify(shape(script.outerHTML)) === expected;
      // The editor's page at /admin/ is no page of the site: no analytics there (its scripts: the test above).
      const pages = filesOf(site, ".html").filter((file) => file !== EDITOR_PAGE);
      assert.ok(pages.length > 5);
      const problems = pages.flatMap((file) => problemsIn(file, readFileSync(path.join(site.output, file), "utf8"), isAnalytics));
      assert.deepEqual(problems, []);
      for (const file of pages) {
        const document = parse(readFileSync(path.join(site.output, file), "utf8"));
        const tracking = [...document.querySelectorAll("script"), ...document.querySelectorAll("img")].filter(isAnalytics);
        assert.equal(tracking.length, 1, `${file} has the ${analytics.provider} tag once`);
      }
    });
  }
});
