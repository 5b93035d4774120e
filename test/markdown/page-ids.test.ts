import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { conflictingIds, ARTICLE_PAGE_IDS } from "../../src/markdown/page-ids.ts";
import { buildSampleSite } from "../helpers/sample-site.ts";

describe("the ids an article page keeps for itself", () => {
  it("are exactly the ids a built article page uses outside its body", async () => {
    const site = await buildSampleSite();
    // The sample article with a correction, in a section with other articles: every part of the page is there.
    const page = site.page("/local/net-loft-housing-scheme-vote/");
    assert.ok(page.querySelector(".article-body"), "the page has a body");
    assert.ok(
      page.querySelector("#corrections-heading") && page.querySelector("#more-in-section-heading"),
      "the page has corrections and more in section",
    );
    const outside = page
      .querySelectorAll("[id]")
      .filter((element) => !element.closest(".article-body"))
      .map((element) => element.id);
    assert.deepEqual(new Set(outside), new Set(ARTICLE_PAGE_IDS));
  });

  it("are reported when body HTML uses one, as is an id used twice", () => {
    assert.deepEqual(conflictingIds('<p id="main">x</p><h2 id="facts">y</h2><a id="facts"></a><a id="facts"></a><i id="ok"></i>'), [
      "main",
      "facts",
    ]);
    assert.deepEqual(conflictingIds('<h2 id="facts">y</h2><p id="main-2">x</p>'), []);
  });
});
