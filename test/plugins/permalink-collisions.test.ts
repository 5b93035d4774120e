import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "../../src/pages/types.ts";
import { refusePermalinkCollisions } from "../../src/plugins/permalink-collisions.ts";

const pages = [
  { kind: "article", url: "/world/vote/", article: { title: "The vote" } },
  { kind: "tag", url: "/tags/elections/" },
  { kind: "file", url: "/feed.xml" },
  { kind: "not-found", url: "/404.html" },
] as unknown as Page[];
const site = { pages, images: [{ file: "/tmp/x.jpg", url: "/img/x-640.jpg" }] };
const templateOf = (inputPath: string) => `pages/${inputPath.split("/").pop()}`;

function check(urls: Record<string, string>): void {
  const map = Object.fromEntries(Object.entries(urls).map(([url, inputPath]) => [url, { inputPath }]));
  refusePermalinkCollisions(map, site, templateOf);
}

describe("refusePermalinkCollisions", () => {
  it("accepts URLs no newsroom page uses", () => {
    check({ "/elections/": "./content/elections.njk", "/about/": "./content/about.md", "/tags/": "./content/tags.njk" });
  });

  it("names the template, its URL and the newsroom page, for each collision", () => {
    assert.throws(
      () => check({ "/world/vote/index.html": "./content/a.njk", "/feed.xml": "./content/b.njk", "/fine/": "./content/c.njk" }),
      (error: Error) => {
        assert.match(error.message, /pages\/a\.njk: permalink: \/world\/vote\/index\.html is the article "The vote" \(\/world\/vote\/\)/);
        assert.match(error.message, /pages\/b\.njk: permalink: \/feed\.xml is a feed, sitemap or robots\.txt/);
        assert.doesNotMatch(error.message, /c\.njk/);
        return true;
      },
    );
  });

  it("refuses the files the build writes besides pages: images, assets and the search index", () => {
    assert.throws(() => check({ "/img/x-640.jpg": "./content/a.njk" }), /an article image/);
    assert.throws(() => check({ "/assets/site.css": "./content/a.njk" }), /the site's assets folder/);
    assert.throws(() => check({ "/search/index/meta.json": "./content/a.njk" }), /the search index's folder/);
  });
});
