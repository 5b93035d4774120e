import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { findContentError, formatIssue } from "../../src/articles/content-issue.ts";
import { checkContent } from "../../src/site/load-site.ts";
import { buildFixture, fixture, PROJECT_ROOT, type BuiltSite } from "../helpers/site.ts";

const BRAND = fixture("brand");

async function checkMessages(name: string): Promise<string[]> {
  return (await checkContent({ inputDir: fixture(name), cwd: PROJECT_ROOT })).map(formatIssue);
}

async function buildMessages(name: string): Promise<string[]> {
  const error = await buildFixture(fixture(name)).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  const found = findContentError(error);
  assert.ok(found, `the build of ${name} fails with content errors`);
  return found.issues.map(formatIssue);
}

describe("a content folder's brand", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture(BRAND);
  });

  it("shows its logo in the header, named by the site's title, and publishes the file as it is", () => {
    const link = site.page("/").querySelector(".site-header a.site-title");
    const image = link?.querySelector("img");
    assert.equal(image?.getAttribute("alt"), "Millbrook Echo");
    const src = image?.getAttribute("src") ?? "";
    assert.match(src, /^\/assets\/brand\/echo-logo\.[0-9a-f]{10}\.svg$/);
    assert.equal(site.read(src), readFileSync(path.join(BRAND, "theme/echo-logo.svg"), "utf8"));
  });

  it("uses its favicon and its colours on every page, the colours as checked custom properties", () => {
    const head = site.page("/news/mill-reopens/").querySelector("head")!;
    const icon = head.querySelector('link[rel="icon"]');
    assert.match(icon?.getAttribute("href") ?? "", /^\/assets\/brand\/echo-icon\.[0-9a-f]{10}\.png$/);
    assert.equal(icon?.getAttribute("type"), "image/png");
    assert.equal(
      head.querySelector("style")?.textContent,
      ":root{--accent:#7a1c1c;--link:#7a1c1c;--header-background:#f7efde;}@media (prefers-color-scheme:dark){:root{--accent:#8cc4ff;--link:#f4a6a6;--header-background:transparent;}}",
    );
  });

  it("adds theme/custom.css after the site's stylesheet, under a name that changes with its content", () => {
    const sheets = site
      .page("/")
      .querySelectorAll('link[rel="stylesheet"]')
      .map((link) => link.getAttribute("href") ?? "");
    assert.equal(sheets[0], "/assets/site.css");
    assert.match(sheets[1] ?? "", /^\/assets\/brand\/custom\.[0-9a-f]{10}\.css$/);
    assert.equal(site.read(sheets[1]!), readFileSync(path.join(BRAND, "theme/custom.css"), "utf8"));
  });

  it("makes the logo the publisher's logo in structured data and feeds", () => {
    const logo = site.page("/").querySelector(".site-title img")?.getAttribute("src");
    const article = site
      .page("/news/mill-reopens/")
      .querySelectorAll('script[type="application/ld+json"]')
      .map((script) => JSON.parse(script.rawText))
      .find((data) => data["@type"] === "NewsArticle");
    assert.deepEqual(article.publisher.logo, { "@type": "ImageObject", url: `https://echo.example.net${logo}` });
    assert.equal(JSON.parse(site.read("/feed.json")).icon, `https://echo.example.net${logo}`);
  });
});

describe("a content folder without a logo or favicon", () => {
  it("gets the title in text and a neutral icon, never the sample site's files", async () => {
    const site = await buildFixture(fixture("basic"));
    const sampleFiles = ["logo.png", "favicon.svg"].map((name) => readFileSync(path.join(PROJECT_ROOT, "content/theme", name)));
    const files = readdirSync(site.output, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    for (const entry of files) {
      const bytes = readFileSync(path.join(entry.parentPath, entry.name));
      assert.ok(!sampleFiles.some((sample) => sample.equals(bytes)), `${entry.name} is one of the sample site's brand files`);
      if (/\.(html|xml|json|css)$/.test(entry.name))
        assert.doesNotMatch(bytes.toString("utf8"), /logo\.png|Harbour Ledger|\/assets\/brand\//, entry.name);
    }
    const header = site.page("/");
    assert.equal(header.querySelector(".site-title")?.textContent, "Fixture Gazette");
    assert.equal(header.querySelector(".site-title img"), null);
    assert.equal(header.querySelector('link[rel="icon"]')?.getAttribute("href"), "/assets/favicon.svg");
  });
});

describe("a brand the build refuses", () => {
  it("refuses a colour that is not one and a theme below WCAG AA contrast, in check and build alike", async () => {
    const expected = [
      'test/fixtures/invalid-theme/_data/site.json: theme.accent: "red;}body{background:url(https://evil.example/x)" is not a colour this site accepts (expected a colour such as #0b4f8a, #05a, rgb(11 79 138) or hsl(208 85% 29%))',
      "test/fixtures/invalid-theme/_data/site.json: theme.link: links on the page background (#9a9a9a on #fdfdfb): contrast 2.76:1 in the light scheme (expected at least 4.5:1, WCAG AA)",
    ];
    for (const messages of [await checkMessages("invalid-theme"), await buildMessages("invalid-theme")]) {
      for (const message of expected) assert.ok(messages.includes(message), messages.join("\n"));
      assert.ok(
        messages.some((message) =>
          message.includes("theme.dark.headerBackground: the site title on the header background (#ecebe7 on #e0e0e0)"),
        ),
        messages.join("\n"),
      );
    }
  });

  it("refuses script in the custom stylesheet or the logo, and a missing favicon, with file and line", async () => {
    const messages = await buildMessages("invalid-brand");
    for (const expected of [
      'test/fixtures/invalid-brand/_data/site.json: favicon: "theme/missing.png" does not exist (expected a file at test/fixtures/invalid-brand/theme/missing.png)',
      "test/fixtures/invalid-brand/theme/custom.css:2: has a script URL (expected CSS only)",
      "test/fixtures/invalid-brand/theme/custom.css:3: uses expression(), which runs script in old browsers (expected CSS only)",
      'test/fixtures/invalid-brand/theme/custom.css:4: imports "https://evil.example/steal.css" (expected no @import of another host: put the rules in custom.css, or import a path on this site)',
      "test/fixtures/invalid-brand/theme/custom.css:8: has </style, which could end the page's stylesheet (expected CSS only)",
      "test/fixtures/invalid-brand/theme/custom.css:9: has a script URL (expected CSS only)",
      "test/fixtures/invalid-brand/theme/logo.svg:2: has a <script> (expected an SVG without scripts)",
      "test/fixtures/invalid-brand/theme/logo.svg:3: has an event handler attribute (expected an SVG without scripts)",
    ]) {
      assert.ok(messages.includes(expected), `${expected}\nnot in\n${messages.join("\n")}`);
    }
    assert.deepEqual(await checkMessages("invalid-brand"), messages);
  });
});
