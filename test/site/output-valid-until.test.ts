import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Article } from "../../src/articles/article.ts";
import { NEWS_WINDOW_MS } from "../../src/distribution/news-sitemap.ts";
import { developerPagesShowTime, nextSourceChange, outputValidUntil } from "../../src/site/output-valid-until.ts";
import { sectionSchema, siteSchema } from "../../src/site/schema.ts";
import { testArticle, testSource } from "../helpers/articles.ts";

const at = (iso: string) => new Date(iso);
const BUILD_TIME = at("2026-06-10T12:00:00Z");
const site = siteSchema.parse({ title: "Fixture Gazette", url: "https://gazette.example.com/", language: "en" });
const world = sectionSchema.parse({ slug: "world", title: "World" });
// An article older than the news window, in the one section: no rule of its own before the next day.
const old = testArticle("world", 1);

function validUntil(inputs: { articles?: Article[]; sourceChange?: Date; showTime?: boolean; timeZone?: string; buildTime?: Date }): Date {
  return outputValidUntil({
    context: { buildTime: inputs.buildTime ?? BUILD_TIME, site: { ...site, timeZone: inputs.timeZone ?? "UTC" }, sections: [world] },
    articles: inputs.articles ?? [old],
    sourceChange: inputs.sourceChange,
    developerPagesShowTime: inputs.showTime ?? false,
  });
}

describe("nextSourceChange", () => {
  it("is the date of the next scheduled article, and ignores drafts and articles already out", () => {
    const sources = [
      testSource({ date: at("2026-06-01T00:00:00Z") }),
      testSource({ date: at("2026-06-20T06:00:00Z") }),
      testSource({ date: at("2026-06-15T06:00:00Z"), draft: true }),
      testSource({ date: at("2026-06-12T06:00:00Z") }),
    ];
    assert.deepEqual(nextSourceChange(sources, BUILD_TIME, "UTC"), at("2026-06-12T06:00:00Z"));
    assert.equal(nextSourceChange([sources[0]!], BUILD_TIME, "UTC"), undefined);
  });

  it("is a live blog's coverage start while it is upcoming, and just after its end while it is live", () => {
    const live = (coverageStart: Date, coverageEnd?: Date) =>
      testSource({ type: "live", date: at("2026-06-01T00:00:00Z"), coverageStart, coverageEnd, body: "Key points." });
    assert.deepEqual(nextSourceChange([live(at("2026-06-11T08:00:00Z"))], BUILD_TIME, "UTC"), at("2026-06-11T08:00:00Z"));
    const ending = at("2026-06-10T18:00:00Z");
    assert.deepEqual(nextSourceChange([live(at("2026-06-10T06:00:00Z"), ending)], BUILD_TIME, "UTC"), new Date(ending.getTime() + 1));
    assert.equal(nextSourceChange([live(at("2026-06-10T06:00:00Z"), at("2026-06-10T07:00:00Z"))], BUILD_TIME, "UTC"), undefined);
  });

  it("is the time of a live blog's next update still hidden, read in the site's time zone", () => {
    const body = "Key points.\n\n## 11:00 Shown\n\nText.\n\n## 16:30 Hidden until then\n\nText.\n";
    const source = testSource({ type: "live", date: at("2026-06-10T06:00:00Z"), coverageStart: at("2026-06-10T06:00:00Z"), body });
    assert.deepEqual(nextSourceChange([source], BUILD_TIME, "UTC"), at("2026-06-10T16:30:00Z"));
    assert.deepEqual(nextSourceChange([source], BUILD_TIME, "Europe/Oslo"), at("2026-06-10T14:30:00Z"));
  });
});

describe("outputValidUntil", () => {
  it("is the next day in the site's time zone, when the front page's dateline changes", () => {
    assert.deepEqual(validUntil({}), at("2026-06-11T00:00:00Z"));
    assert.deepEqual(validUntil({ timeZone: "America/New_York" }), at("2026-06-11T04:00:00Z"));
    assert.deepEqual(validUntil({ timeZone: "Asia/Tokyo", buildTime: at("2026-06-10T16:00:00Z") }), at("2026-06-11T15:00:00Z"));
  });

  it("is the next 1 January in UTC, when the footer's year changes", () => {
    assert.deepEqual(validUntil({ buildTime: at("2026-12-31T23:59:00Z"), timeZone: "Pacific/Kiritimati" }), at("2027-01-01T00:00:00Z"));
  });

  it("is the earliest change of the articles' own dates when that comes first", () => {
    assert.deepEqual(validUntil({ sourceChange: at("2026-06-10T13:00:00Z") }), at("2026-06-10T13:00:00Z"));
  });

  it("is just after a recent news article leaves the news sitemap's window; sponsored content is never in it", () => {
    const recent = testArticle("world", 1, { date: at("2026-06-08T14:00:00Z") });
    const leaves = new Date(recent.date.getTime() + NEWS_WINDOW_MS + 1);
    assert.deepEqual(validUntil({ articles: [old, recent] }), leaves);
    const sponsored = { ...recent, type: "sponsored" as const };
    assert.deepEqual(validUntil({ articles: [old, sponsored] }), at("2026-06-11T00:00:00Z"));
  });

  it("is just after the build time when a feed is empty, since its updated date is the build time", () => {
    assert.deepEqual(validUntil({ articles: [] }), new Date(BUILD_TIME.getTime() + 1));
  });

  it("is just after the build time when a developer page may print the time", () => {
    assert.deepEqual(validUntil({ showTime: true }), new Date(BUILD_TIME.getTime() + 1));
  });
});

describe("developerPagesShowTime", () => {
  it("is true for templates that name the build time or read the clock, and false for the rest", () => {
    assert.equal(developerPagesShowTime(["<p>{{ newsroom.buildTime | isoDate }}</p>"]), true);
    assert.equal(developerPagesShowTime(["export default () => String(Date.now());"]), true);
    assert.equal(developerPagesShowTime(["export default () => new Date().getFullYear();"]), true);
    assert.equal(developerPagesShowTime(["<time>{{ page.date | isoDate }}</time>"]), true);
    assert.equal(developerPagesShowTime(["{{ article.date | displayDate }}", "new Date(article.date)"]), false);
    assert.equal(developerPagesShowTime([]), false);
  });
});
