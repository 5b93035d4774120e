import assert from "node:assert/strict";
import { appendFileSync, cpSync, lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { buildFixture, fixture, temporaryFolder, type BuiltSite } from "../helpers/site.ts";

const DRAFT = {
  url: "/world/unfinished-harbour-draft/",
  title: "Unfinished harbour draft",
  tag: "secret-draft-tag",
  author: "Draft Writer",
};
const SCHEDULED = {
  url: "/world/embargoed-budget-story/",
  title: "Embargoed budget story",
  tag: "secret-scheduled-tag",
  author: "Scheduled Writer",
};
const SCHEDULED_AT = "2026-07-01T09:00:00Z";

const text = (value: string | undefined) => (value ?? "").replace(/\s+/g, " ").trim();

/** Every file of the output as text, so that a leak into any page, feed or sitemap is caught. */
function outputFiles(output: string): { file: string; content: string }[] {
  return readdirSync(output, { recursive: true, encoding: "utf8" })
    .map((relative) => path.join(output, relative))
    .filter((file) => statSync(file).isFile() && !/\.(png|jpe?g|webp|avif|gif|ico|woff2?)$/.test(file))
    .map((file) => ({ file: path.relative(output, file), content: readFileSync(file, "utf8") }));
}

function filesMentioning(site: BuiltSite, needles: readonly string[]): string[] {
  return outputFiles(site.output)
    .filter(({ content }) => needles.some((needle) => content.includes(needle)))
    .map(({ file }) => file);
}

const links = (site: BuiltSite, url: string, selector: string) =>
  site
    .page(url)
    .querySelectorAll(selector)
    .map((a) => a.getAttribute("href"));

describe("drafts and scheduled articles in a published build", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture(fixture("drafts"), "2026-06-01T00:00:00Z");
  });

  it("writes no page for a draft or a scheduled article", () => {
    assert.ok(site.exists("/world/published-story-3/"));
    assert.ok(!site.exists(DRAFT.url));
    assert.ok(!site.exists(SCHEDULED.url));
  });

  it("leaves them out of the home page, the section page and More in section", () => {
    assert.deepEqual(links(site, "/", ".home-top .article-card-title a"), [
      "/sport/sport-result/",
      "/world/published-story-3/",
      "/world/published-story-2/",
      "/world/published-story-1/",
    ]);
    assert.deepEqual(links(site, "/world/", ".article-card a"), [
      "/world/published-story-3/",
      "/world/published-story-2/",
      "/world/published-story-1/",
    ]);
    assert.deepEqual(links(site, "/world/published-story-3/", ".more-in-section ol a"), [
      "/world/published-story-2/",
      "/world/published-story-1/",
    ]);
  });

  it("mentions neither of them, nor their tags or authors, in any output file", () => {
    assert.ok(filesMentioning(site, ["Published story 3"]).length > 0, "the scan does find published articles");
    assert.deepEqual(filesMentioning(site, Object.values(DRAFT)), []);
    assert.deepEqual(filesMentioning(site, Object.values(SCHEDULED)), []);
  });
});

/** Every folder name, file name and file content of the output that mentions one of `needles`, in any case. */
function traces(output: string, needles: readonly string[]): string[] {
  const lower = needles.map((needle) => needle.toLowerCase());
  const found = (text: string) => lower.some((needle) => text.toLowerCase().includes(needle));
  return readdirSync(output, { recursive: true, encoding: "utf8" }).flatMap((relative) => {
    const hits = found(relative) ? [`name: ${relative}`] : [];
    const file = path.join(output, relative);
    if (lstatSync(file).isFile() && found(readFileSync(file, "utf8"))) hits.push(`content: ${relative}`);
    return hits;
  });
}

describe("a published build of drafts and scheduled articles, walked whole", () => {
  const DRAFT_WORD = "Quorvantide";
  const SCHEDULED_WORD = "Plimsolvex";
  let site: BuiltSite;
  before(async () => {
    const input = path.join(temporaryFolder(), "content");
    cpSync(fixture("drafts"), input, { recursive: true });
    appendFileSync(path.join(input, "articles/2026-01-05-unfinished-harbour-draft.md"), `\nThe ${DRAFT_WORD} survey is not ready.\n`);
    appendFileSync(
      path.join(input, "articles/2026-07-01-embargoed-budget-story.md"),
      `\nThe ${SCHEDULED_WORD} figures are under embargo.\n`,
    );
    site = await buildFixture(input, "2026-06-01T00:00:00Z");
  });

  it("has no folder, file name or text anywhere that names them or quotes their bodies", () => {
    assert.ok(traces(site.output, ["published-story-1"]).length > 0, "the walk does find a published article");
    assert.deepEqual(traces(site.output, ["unfinished-harbour-draft", DRAFT_WORD]), []);
    assert.deepEqual(traces(site.output, ["embargoed-budget-story", SCHEDULED_WORD]), []);
  });
});

describe("a scheduled article at its publication time", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildFixture(fixture("drafts"), SCHEDULED_AT);
  });

  it("is published by the first build at or after its date, while the draft stays out", () => {
    assert.ok(site.exists(SCHEDULED.url));
    assert.equal(links(site, "/world/", ".article-card a")[0], SCHEDULED.url);
    assert.equal(site.page(SCHEDULED.url).querySelector(".status-banner"), null);
    assert.equal(site.page(SCHEDULED.url).querySelector('meta[name="robots"]'), null);
    assert.deepEqual(filesMentioning(site, Object.values(DRAFT)), []);
  });
});

describe("drafts and scheduled articles in preview", () => {
  let site: BuiltSite;
  before(async () => {
    process.env.NEWSROOM_PREVIEW = "1";
    try {
      site = await buildFixture(fixture("drafts"), "2026-06-01T00:00:00Z");
    } finally {
      delete process.env.NEWSROOM_PREVIEW;
    }
  });

  it("shows a draft with a Draft banner", () => {
    assert.equal(text(site.page(DRAFT.url).querySelector(".status-banner")?.text), "Draft: not published");
  });

  it("shows a scheduled article with the date it is scheduled for", () => {
    assert.equal(text(site.page(SCHEDULED.url).querySelector(".status-banner")?.text), "Scheduled for July 1, 2026, 9:00 AM UTC");
  });

  it("lists them like published articles, so editors see the page as it will be", () => {
    const listed = links(site, "/world/", ".article-card a");
    assert.ok(listed.includes(DRAFT.url));
    assert.ok(listed.includes(SCHEDULED.url));
  });

  it("finds them with the preview's site search", () => {
    const documents = JSON.parse(site.read("/search/index/documents/0.json")) as string[][];
    const urls = documents.map(([url]) => url);
    assert.ok(urls.includes(DRAFT.url) && urls.includes(SCHEDULED.url), urls.join(" "));
  });

  it("asks search engines not to index any preview page", () => {
    for (const url of ["/", "/world/", DRAFT.url, SCHEDULED.url, "/world/published-story-1/"]) {
      assert.equal(site.page(url).querySelector('meta[name="robots"]')?.getAttribute("content"), "noindex", url);
    }
  });
});
