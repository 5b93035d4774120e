import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { findContentError, formatIssue } from "../../src/articles/content-issue.ts";
import { parseIsoDate } from "../../src/articles/dates.ts";
import { loadSite } from "../../src/site/load-site.ts";
import { checkContent } from "../../src/site/validate-content.ts";
import { articleLinkMemo, internalLinkIssues, parsedSitePath, sitePath } from "../../src/site/internal-links.ts";
import { buildFixture, DEFAULT_BUILD_NOW, fixture } from "../helpers/site.ts";
import { copyOfFixture, writeFiles } from "../security/payloads.ts";

const EXPECTED = "(expected the URL of a published article, section, tag, author or other page, or a file under images/)";
const BROKEN_FILE = "articles/local/2026-05-04-broken.md";

/** The links fixture plus an article whose links miss, each on a known line (the `---` is line 1). */
function withBrokenLinks(): string {
  const input = copyOfFixture("internal-links");
  writeFiles(input, {
    [BROKEN_FILE]: [
      "---",
      "title: Broken links",
      "date: 2026-05-04T09:00:00Z",
      "section: local",
      "---",
      "",
      "See [the island ferry](/local/island-ferry-winter-timetable/) first.",
      "",
      "Then [an old address](https://links.example.org/news/old/#top) and",
      '[a sibling](../gone/?x=1), <a href="/also-gone/">raw</a>, and [the draft](/world/harbour-draft/).',
      "",
      "[fine](/local/ferry-timetable/) and [a generated size](/img/none.jpg).",
    ].join("\n"),
  });
  return input;
}

/** Content errors as printed, with the input folder's path taken out. */
const printed = (issues: readonly Parameters<typeof formatIssue>[0][], input: string) =>
  issues
    .filter((issue) => issue.severity === "error")
    .map((issue) => formatIssue({ ...issue, file: path.relative(input, path.resolve(issue.file)) }));

const loadErrors = async (input: string, preview: boolean) => {
  const error = await loadSite({ inputDir: input, buildTime: parseIsoDate(DEFAULT_BUILD_NOW)!, preview }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  return printed(findContentError(error)?.issues ?? [], input);
};

describe("links from article bodies into the site", () => {
  it("pass when they reach an article, section, tag, author, feed, sitemap, search, image or asset, whatever their fragment or query", async () => {
    const input = fixture("internal-links");
    assert.deepEqual(printed(await checkContent({ inputDir: input, buildTime: parseIsoDate(DEFAULT_BUILD_NOW)! }), input), []);
    const site = await buildFixture(input);
    assert.ok(site.page("/local/links-everywhere/").querySelector(".article-body a[href='/images/pier.jpg']"), "the page links the photo");
    assert.deepEqual(
      readFileSync(path.join(site.output, "images/pier.jpg")),
      readFileSync(path.join(input, "images/pier.jpg")),
      "and the build publishes it",
    );
  });

  it("that miss are errors naming file, line and link, in the check and the build alike", async () => {
    const input = withBrokenLinks();
    const expected = [
      `${BROKEN_FILE}:7: body: link "/local/island-ferry-winter-timetable/" is not a page of this site ${EXPECTED}`,
      `${BROKEN_FILE}:9: body: link "https://links.example.org/news/old/#top" is not a page of this site ${EXPECTED}`,
      `${BROKEN_FILE}:10: body: link "../gone/?x=1" is not a page of this site ${EXPECTED}`,
      `${BROKEN_FILE}:10: body: link "/also-gone/" is not a page of this site ${EXPECTED}`,
      `${BROKEN_FILE}:10: body: link "/world/harbour-draft/" is not a page of this site: it is a draft, which builds leave out ${EXPECTED}`,
      `${BROKEN_FILE}:12: body: link "/img/none.jpg" is not a page of this site ${EXPECTED}`,
    ];
    assert.deepEqual(printed(await checkContent({ inputDir: input, buildTime: parseIsoDate(DEFAULT_BUILD_NOW)! }), input), expected);
    assert.deepEqual(await loadErrors(input, false), expected);
    await assert.rejects(buildFixture(input), (error: unknown) => findContentError(error)?.issues.length === expected.length);
  });

  it("may reach a draft in the preview, which shows drafts", async () => {
    const input = withBrokenLinks();
    const errors = await loadErrors(input, true);
    assert.ok(errors.length > 0, "the other broken links are still errors");
    assert.deepEqual(
      errors.filter((line) => line.includes("/world/harbour-draft/")),
      [],
    );
  });

  it("to an article that is scheduled say so in a production build", async () => {
    const input = copyOfFixture("internal-links");
    writeFiles(input, {
      "articles/world/later.md": "---\ntitle: Later\ndate: 2026-12-01T09:00:00Z\nsection: world\n---\n\nNot yet.\n",
      "articles/world/now.md": "---\ntitle: Now\ndate: 2026-05-05T09:00:00Z\nsection: world\n---\n\nSee [later](/world/later/).\n",
    });
    assert.deepEqual(await loadErrors(input, false), [
      `articles/world/now.md:7: body: link "/world/later/" is not a page of this site: it is scheduled, and not published yet ${EXPECTED}`,
    ]);
  });
});

describe("sitePath", () => {
  const pageUrl = "https://news.example.org/world/story/";
  const hrefs = [
    "/world/",
    "/world/other-story/",
    "/tags/harbour_1~x/",
    "//news.example.org/world/",
    "//elsewhere.example.org/world/",
    "/world/../sport/",
    "/world/./x/",
    "/caf%C3%A9/",
    "/a b/",
    "/a\\b/",
    " /world/",
    "/world/?page=2#top",
    "#top",
    "?q=1",
    "other-story/",
    "../sport/",
    "https://news.example.org/world/",
    "https://news.example.org",
    "https://NEWS.example.org/world/",
    "http://news.example.org/world/",
    "https://news.example.org:443/world/",
    "https://news.example.org./world/",
    "https://user@news.example.org/world/",
    "https://example.org/cilship",
    "https://elsewhere.example.org?x=1",
    "https://0x7f.0.0.1/",
    "https://127.0.0.1/world/",
    "https://xn--caf-dma.example/",
    "https://news.example.org%2F@evil.example/",
    "mailto:desk@news.example.org",
    "javascript:alert(1)",
  ];

  it("answers plain paths and plain addresses of other sites without a URL parse, as the parse does", () => {
    // The page is always on the site's own host (`${site.url}${article.url}`).
    for (const host of ["news.example.org", "127.0.0.1"]) {
      const page = `https://${host}/world/story/`;
      for (const href of hrefs) assert.equal(sitePath(href, page, host), parsedSitePath(href, page, host), `${href} on ${host}`);
    }
    assert.equal(sitePath("/world/", pageUrl, "news.example.org"), "/world/");
    assert.equal(sitePath("https://example.org/cilship", pageUrl, "news.example.org"), undefined);
    assert.equal(sitePath("https://news.example.org/world/", pageUrl, "news.example.org"), "/world/");
  });
});

describe("internalLinkIssues' memo", () => {
  const targets = { siteUrl: "https://example.org", urls: async () => new Set(["/a/"]), unpublished: new Map(), cwd: "." };
  const article = { file: "a.md", url: "/b/", body: "See [a](/a/) and [gone](/gone/)." };

  it("keeps each body's links in the memo it is given, and gives the same issues again from it", async () => {
    const memo = articleLinkMemo();
    const first = await internalLinkIssues([article], { ...targets, memo });
    assert.deepEqual(
      memo.get(article, "example.org")?.map((link) => link.href),
      ["/a/", "/gone/"],
    );
    assert.deepEqual(await internalLinkIssues([article], { ...targets, memo }), first);
  });

  it("reads a body again once it has changed, and finds its links without a memo alike", async () => {
    const memo = articleLinkMemo();
    const changing = { ...article };
    await internalLinkIssues([changing], { ...targets, memo });
    changing.body = "Only [a](/a/).";
    assert.deepEqual((await internalLinkIssues([changing], { ...targets, memo })).issues, []);
    assert.deepEqual(await internalLinkIssues([changing], targets), { issues: [], linkedImages: [] });
  });
});
