import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Article } from "../../src/articles/article.ts";
import { buildPages, SECTION_PAGE_SIZE } from "../../src/pages/build-pages.ts";
import type { PageKind, PageOfKind } from "../../src/pages/types.ts";
import { testArticle } from "../helpers/articles.ts";

const sections = [
  { slug: "world", title: "World", description: "" },
  { slug: "sport", title: "Sport", description: "" },
];

const article = (section: string, day: number): Article => testArticle(section, day);

describe("buildPages", () => {
  const articles = [...Array.from({ length: SECTION_PAGE_SIZE + 3 }, (_, index) => article("world", index + 1)), article("sport", 5)];
  const pages = buildPages(articles, sections);
  const ofKind = <K extends PageKind>(kind: K) => pages.filter((page): page is PageOfKind<K> => page.kind === kind);

  it("makes one page per article, per section listing page, a home page and a 404 page", () => {
    assert.equal(ofKind("article").length, articles.length);
    assert.deepEqual(
      ofKind("section").map((page) => page.url),
      ["/world/", "/world/page/2/", "/sport/"],
    );
    assert.equal(ofKind("home").length, 1);
    assert.ok(pages.some((page) => page.url === "/404.html"));
  });

  it("gives every page a unique URL", () => {
    const urls = pages.map((page) => page.url);
    assert.equal(new Set(urls).size, urls.length);
  });

  it("fills More in section from the article's own section only", () => {
    const sport = ofKind("article").find((page) => page.article.section === "sport");
    assert.deepEqual(sport?.moreInSection, []);
    const newestWorld = ofKind("article").find((page) => page.url === "/world/world-23/");
    assert.deepEqual(
      newestWorld?.moreInSection.map((other) => other.url),
      [22, 21, 20, 19, 18].map((day) => `/world/world-${day}/`),
    );
  });

  it("puts the newest articles first on the home page and blocks sections in sections.json order", () => {
    const [home] = ofKind("home");
    assert.equal(home?.lead?.url, "/world/world-23/");
    assert.equal(home?.top[0]?.url, "/world/world-22/");
    assert.deepEqual(
      home?.sectionBlocks.map((block) => block.section.slug),
      ["world", "sport"],
    );
  });
});
