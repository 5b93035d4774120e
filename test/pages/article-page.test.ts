import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createArticleExtras } from "../../src/pages/article-extras.ts";
import { articlePage } from "../../src/pages/article-page.ts";
import { buildPages } from "../../src/pages/build-pages.ts";
import { testArticle } from "../helpers/articles.ts";

const world = { slug: "world", title: "World", description: "" };

describe("articlePage", () => {
  it("puts the article at its own URL with its section, the section's other articles and its extras", () => {
    const article = testArticle("world", 3, { author: ["Ines Varga"], tags: ["Harbour"] });
    const others = [testArticle("world", 2)];
    const extras = createArticleExtras()(article);
    const page = articlePage(article, world, others, extras);
    assert.equal(page.kind, "article");
    assert.equal(page.url, "/world/world-3/");
    assert.equal(page.article, article);
    assert.equal(page.section, world);
    assert.deepEqual(page.moreInSection, others);
    assert.deepEqual(page.extras.byline, [{ name: "Ines Varga", url: "/authors/ines-varga/", profile: undefined }]);
  });

  it("is the page buildPages makes for each article", () => {
    const articles = [testArticle("world", 1), testArticle("world", 2, { tags: ["Ferries"] })];
    const built = buildPages(articles, [world]).filter((page) => page.kind === "article");
    const [newer] = built;
    assert.ok(newer?.kind === "article");
    assert.deepEqual(newer, articlePage(newer.article, world, newer.moreInSection, createArticleExtras()(newer.article)));
  });
});
