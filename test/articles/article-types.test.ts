import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ARTICLE_TYPE_NAMES, articleSchemaType, articleTypeLabel } from "../../src/articles/article-types.ts";
import { articleFrontMatterSchema } from "../../src/articles/schema.ts";

const base = { title: "Story", date: "2026-01-01", section: "world" };
const problems = (fields: Record<string, unknown>) => {
  const result = articleFrontMatterSchema.safeParse({ ...base, ...fields });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("article types", () => {
  it("default to news, which has no label", () => {
    const parsed = articleFrontMatterSchema.parse(base);
    assert.equal(parsed.type, "news");
    assert.equal(parsed.featured, false);
    assert.equal(articleTypeLabel("news"), undefined);
  });

  it("accept every listed type and tell editors the list when the type is unknown", () => {
    // A live blog also needs the start of its coverage.
    const fieldsOf = (type: string) => (type === "live" ? { type, coverageStart: "2026-01-02T08:00:00Z" } : { type });
    for (const type of ARTICLE_TYPE_NAMES) assert.deepEqual(problems(fieldsOf(type)), []);
    assert.deepEqual(problems({ type: "editorial" }), [
      "type: is not an article type (expected one of news, opinion, analysis, review, explainer, sponsored, live)",
    ]);
  });

  it("map each type to its schema.org type", () => {
    assert.deepEqual(ARTICLE_TYPE_NAMES.map(articleSchemaType), [
      "NewsArticle",
      "OpinionNewsArticle",
      "AnalysisNewsArticle",
      "ReviewNewsArticle",
      "BackgroundNewsArticle",
      "AdvertiserContentArticle",
      "LiveBlogPosting",
    ]);
  });

  it("refuse a featured flag that is not true or false", () => {
    assert.deepEqual(problems({ featured: "yes" }), ["featured: is not true or false (expected featured: true to lead the front page)"]);
  });
});
