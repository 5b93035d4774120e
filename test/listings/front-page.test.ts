import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Article } from "../../src/articles/article.ts";
import { FRONT_TOP_STORIES, planFrontPage } from "../../src/listings/front-page.ts";
import { groupBy, newestFirst } from "../../src/listings/sort.ts";
import { testArticle } from "../helpers/articles.ts";

const sections = [
  { slug: "world", title: "World", description: "" },
  { slug: "sport", title: "Sport", description: "" },
  { slug: "culture", title: "Culture", description: "" },
];

function story(section: string, day: number, featured = false): Article {
  return testArticle(section, day, { featured });
}

function plan(articles: Article[]) {
  const sorted = newestFirst(articles);
  return planFrontPage(
    sorted,
    groupBy(sorted, (article) => article.section),
    sections,
  );
}

describe("planFrontPage", () => {
  const many = [
    ...Array.from({ length: 12 }, (_, index) => story("world", index + 1)),
    ...Array.from({ length: 6 }, (_, index) => story("sport", index + 1)),
  ];

  it("leads with the newest featured article, even when newer ones are not featured", () => {
    const featured = new Set(["/sport/sport-3/", "/world/world-2/"]);
    const front = plan(many.map((article) => (featured.has(article.url) ? { ...article, featured: true } : article)));
    assert.equal(front.lead?.url, "/sport/sport-3/");
    assert.ok(front.lead?.featured);
  });

  it("leads with the newest article when none is featured", () => {
    assert.equal(plan(many).lead?.url, "/world/world-12/");
  });

  it("follows the lead with the next newest stories as top stories", () => {
    const front = plan(many);
    assert.equal(front.top.length, FRONT_TOP_STORIES);
    assert.deepEqual(front.top.map((article) => article.url).slice(0, 2), ["/world/world-11/", "/world/world-10/"]);
  });

  it("never shows a story twice, and keeps sections in sections.json order", () => {
    const front = plan(many);
    const shown = [front.lead, ...front.top, ...front.sectionBlocks.flatMap((block) => block.articles)].map((article) => article?.url);
    assert.equal(new Set(shown).size, shown.length);
    assert.deepEqual(
      front.sectionBlocks.map((block) => block.section.slug),
      ["world", "sport", "culture"],
    );
    assert.equal(front.sectionBlocks[0]?.articles[0]?.url, "/world/world-6/");
    assert.deepEqual(front.sectionBlocks[2]?.articles, []);
  });

  it("has no lead on a site without articles", () => {
    assert.equal(plan([]).lead, undefined);
  });
});
