import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { HtmlValidate } from "html-validate";
import { parseIsoDate } from "../../src/articles/dates.ts";
import { liveState } from "../../src/articles/live-body.ts";
import { buildFixture, fixture } from "../helpers/site.ts";
import { copyOfFixture, writeFiles } from "../security/payloads.ts";

const URL = "/world/storm-live/";

/** The live badge's words in the first element matching `selector`, or undefined without one. */
function badgeIn(site: Awaited<ReturnType<typeof buildFixture>>, url: string, selector: string): string | undefined {
  return site.page(url).querySelector(selector)?.querySelector(".type-label .live-badge")?.text;
}

/** The live blog as a build at `buildNow` writes it: badges, update ids in page order, and the feed's `updated`. */
async function liveBlogAt(buildNow: string, input = fixture("live-blog")) {
  const site = await buildFixture(input, buildNow);
  const page = site.page(URL);
  const body = page.querySelector("main");
  assert.ok(body);
  const entry = JSON.parse(site.read("/feed.json")).items.filter((item: { url: string }) => item.url.endsWith(URL));
  const validator = new HtmlValidate({
    extends: ["html-validate:recommended"],
    rules: { "void-style": "off", "doctype-style": ["error", { style: "lowercase" }], "long-title": "off" },
  });
  const report = await validator.validateString(site.read(URL));
  const ld = page.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.text));
  return {
    ld: ld.find((data) => data["@type"] === "LiveBlogPosting"),
    problems: report.results.flatMap((result) => result.messages.map((message) => message.message)),
    badge: badgeIn(site, URL, ".article-header"),
    sectionBadge: badgeIn(site, "/world/", `main .article-card:has(a[href="${URL}"])`),
    homeBadge: badgeIn(site, "/", `main .article-card:has(a[href="${URL}"])`),
    bodyText: body.querySelector(".article-body")?.text ?? "",
    ids: body.querySelectorAll("section[id^=update-]").map((section) => section.id),
    headings: body
      .querySelectorAll("section[id^=update-]")
      .map((section) => `${section.querySelector("em")?.text} ${section.querySelector("h2")?.text}`),
    feedEntries: entry.length,
    modified: entry[0]?.date_modified,
  };
}

describe("live blog pages", () => {
  it("shows Live and the updates so far, newest first, hiding one whose time has not come", async () => {
    const live = await liveBlogAt("2026-11-30T15:00:00Z");
    assert.equal(live.badge, "Live");
    assert.deepEqual(live.problems, [], "the page is valid HTML");
    assert.deepEqual(live.ids, ["update-2026-11-30t1432z", "update-2026-11-30t0915z"]);
    assert.deepEqual(live.headings, ["14:32 Ferry service suspended", "09:15 Harbour closed"]);
    assert.equal(live.feedEntries, 1);
    assert.equal(live.modified, "2026-11-30T14:32:00Z");
    assert.equal(live.ld.liveBlogUpdate.length, 2, "the hidden update is not in the structured data either");
  });

  it("shows that coverage ended after the window, with every update and the same ids", async () => {
    const ended = await liveBlogAt("2026-12-02T00:00:00Z");
    assert.equal(ended.badge, "Live coverage ended");
    assert.deepEqual(ended.ids, ["update-2026-12-01t0800z", "update-2026-11-30t1432z", "update-2026-11-30t0915z"]);
    assert.equal(ended.headings[0], "2026-12-01 08:00 UTC Crossings resume");
    assert.equal(ended.feedEntries, 1);
    assert.equal(ended.modified, "2026-12-01T08:00:00Z");
    assert.equal(ended.ld.coverageStartTime, "2026-11-30T06:00:00Z");
    assert.equal(ended.ld.coverageEndTime, "2026-12-01T18:00:00Z");
    assert.equal(ended.ld.dateModified, "2026-12-01T08:00:00Z");
    assert.deepEqual(ended.ld.liveBlogUpdate[1], {
      "@type": "BlogPosting",
      headline: "Ferry service suspended",
      datePublished: "2026-11-30T14:32:00Z",
      articleBody: ended.ld.liveBlogUpdate[1].articleBody,
      url: "https://gazette.example.com/world/storm-live/#update-2026-11-30t1432z",
    });
    assert.match(ended.ld.liveBlogUpdate[1].articleBody, /^All crossings are cancelled until tomorrow\./);
    assert.deepEqual(
      ended.ld.liveBlogUpdate.map((update: { url: string }) => update.url.split("#")[1]),
      ended.ids,
    );
  });

  it("reads HH:MM update times in the site's time zone", async () => {
    const input = copyOfFixture("live-blog");
    writeFiles(input, {
      "_data/site.json": JSON.stringify({
        title: "Fixture Gazette",
        url: "https://gazette.example.com/",
        language: "en",
        timeZone: "Europe/Warsaw",
      }),
    });
    const ended = await liveBlogAt("2026-12-02T00:00:00Z", input);
    // 14:32 and 09:15 in Warsaw in November (CET, UTC+1); the ISO date-time keeps its own zone.
    assert.deepEqual(ended.ids, ["update-2026-12-01t0800z", "update-2026-11-30t1332z", "update-2026-11-30t0815z"]);
    assert.deepEqual(ended.headings, [
      "2026-12-01 09:00 Europe/Warsaw Crossings resume",
      "14:32 Ferry service suspended",
      "09:15 Harbour closed",
    ]);
    assert.equal(ended.ld.liveBlogUpdate[1].datePublished, "2026-11-30T13:32:00Z");
    assert.deepEqual(ended.problems, [], "the page is valid HTML");
  });

  it("reads the live state at build time: upcoming before the window, live inside it, ended after it", () => {
    const window = { coverageStart: parseIsoDate("2026-11-30T06:00:00Z")!, coverageEnd: parseIsoDate("2026-12-01T18:00:00Z")! };
    assert.equal(liveState(window, parseIsoDate("2026-11-30T05:59:00Z")!), "upcoming");
    assert.equal(liveState(window, parseIsoDate("2026-11-30T06:00:00Z")!), "live");
    assert.equal(liveState(window, parseIsoDate("2026-12-01T18:00:00Z")!), "live");
    assert.equal(liveState(window, parseIsoDate("2026-12-01T18:00:01Z")!), "ended");
    assert.equal(
      liveState({ coverageStart: window.coverageStart }, parseIsoDate("2027-01-01T00:00:00Z")!),
      "live",
      "no end: live until one is set",
    );
  });
});

describe("the live badge", () => {
  it("says Live on the article page, in the section listing and on the home page during coverage, and not in the body", async () => {
    const live = await liveBlogAt("2026-11-30T15:00:00Z");
    assert.deepEqual([live.badge, live.sectionBadge, live.homeBadge], ["Live", "Live", "Live"]);
    assert.doesNotMatch(live.bodyText, /\bLive\b/, "the body holds the key points and updates only");
    assert.match(live.bodyText, /^\s*Ferries suspended across the bay\./, "the key points open the body");
  });

  it("says Live coverage ended everywhere once a build is after the window", async () => {
    const ended = await liveBlogAt("2026-12-02T00:00:00Z");
    assert.deepEqual([ended.badge, ended.sectionBadge, ended.homeBadge], Array(3).fill("Live coverage ended"));
    assert.doesNotMatch(ended.bodyText, /Live coverage/);
  });

  it("is redrawn on listings when only the build time moves past the window's end, with the page cache on", async () => {
    // Both builds show the same updates and the same `updated`: only the state differs.
    const input = copyOfFixture("live-blog");
    const last = await liveBlogAt("2026-12-01T18:00:00Z", input);
    const after = await liveBlogAt("2026-12-01T18:00:01Z", input);
    assert.deepEqual(after.ids, last.ids);
    assert.deepEqual([last.badge, last.sectionBadge, last.homeBadge], ["Live", "Live", "Live"]);
    assert.deepEqual([after.badge, after.sectionBadge, after.homeBadge], Array(3).fill("Live coverage ended"));
  });

  it("says Live coverage starts soon everywhere before the window", async () => {
    const input = copyOfFixture("live-blog");
    writeFiles(input, {
      "articles/world/2026-11-30-storm-live.md": [
        "---",
        'title: "Storm Orla: live"',
        "date: 2026-11-29T12:00:00Z",
        "section: world",
        "slug: storm-live",
        "type: live",
        "coverageStart: 2026-11-30T06:00:00Z",
        "summary: Live coverage of Storm Orla from tomorrow morning.",
        "---",
        "",
        "- The storm reaches the coast overnight.",
        "",
      ].join("\n"),
    });
    const upcoming = await liveBlogAt("2026-11-29T20:00:00Z", input);
    assert.deepEqual([upcoming.badge, upcoming.sectionBadge, upcoming.homeBadge], Array(3).fill("Live coverage starts soon"));
    assert.deepEqual(upcoming.ids, []);
    assert.doesNotMatch(upcoming.bodyText, /Live coverage/);
  });
});
