import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Article } from "../../src/articles/article.ts";
import { createArticleExtras, newestCorrectionsFirst } from "../../src/pages/article-extras.ts";
import { testArticle } from "../helpers/articles.ts";

const day = (n: number) => new Date(Date.UTC(2026, 0, n));

const article: Article = testArticle("world", 1, {
  title: "Story",
  author: ["maren okafor", "Bo Ek"],
  tags: ["Harbour", "harbour", "ferries"],
  file: "story.md",
  slug: "story",
  url: "/world/story/",
  sectionTitle: "World",
});

describe("createArticleExtras", () => {
  const extras = createArticleExtras({ authors: [{ name: "Maren Okafor", url: "https://example.org/maren" }] })(article);

  it("links every byline name to its author page and finds profiles whatever the spelling", () => {
    assert.deepEqual(
      extras.byline.map((entry) => [entry.name, entry.url, entry.profile?.url]),
      [
        ["maren okafor", "/authors/maren-okafor/", "https://example.org/maren"],
        ["Bo Ek", "/authors/bo-ek/", undefined],
      ],
    );
  });

  it("links tags once each", () => {
    assert.deepEqual(
      extras.tags.map((tag) => tag.url),
      ["/tags/harbour/", "/tags/ferries/"],
    );
  });
});

describe("newestCorrectionsFirst", () => {
  it("sorts newest first and keeps the written order of same-day corrections", () => {
    const sorted = newestCorrectionsFirst([
      { date: day(2), text: "a" },
      { date: day(5), text: "b" },
      { date: day(2), text: "c" },
      { date: day(3), text: "d" },
    ]);
    assert.deepEqual(
      sorted.map((correction) => correction.text),
      ["b", "d", "a", "c"],
    );
  });
});
