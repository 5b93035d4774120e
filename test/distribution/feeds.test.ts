import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { feedLinks, feedSpecs } from "../../src/distribution/feeds.ts";
import type { SiteModel } from "../../src/site/load-site.ts";
import { loadNewsFixture } from "../helpers/distribution.ts";

describe("feed selection", () => {
  let model: SiteModel;
  before(async () => {
    model = await loadNewsFixture();
  });

  it("puts the site feed at the root and each section's feed beside its page", () => {
    const { site, sections } = model.context;
    assert.deepEqual(feedLinks(site), { title: "Tideline Courier", atomPath: "/feed.xml", jsonPath: "/feed.json" });
    assert.deepEqual(feedLinks(site, sections[0]), {
      title: "Harbour | Tideline Courier",
      atomPath: "/harbour/feed.xml",
      jsonPath: "/harbour/feed.json",
    });
  });

  it("takes the newest published articles, up to the item count, per feed", () => {
    const specs = feedSpecs(model.articles, model.context.site, model.context.sections, 4);
    assert.deepEqual(
      specs.map((spec) => spec.homePath),
      ["/", "/harbour/", "/briefs/", "/empty/"],
    );
    assert.deepEqual(
      specs[0]!.articles.map((article) => article.url),
      ["/harbour/hostile/", "/harbour/window-start/", "/harbour/just-too-old/", "/briefs/brief-32/"],
    );
    assert.ok(specs[2]!.articles.every((article) => article.section === "briefs"));
    assert.equal(specs[3]!.articles.length, 0);
  });

  it("leaves out drafts and scheduled articles even when the preview server loads them", async () => {
    const preview = await loadNewsFixture(undefined, true);
    assert.ok(
      preview.articles.some((article) => article.status !== "published"),
      "the preview has unpublished articles",
    );
    const specs = feedSpecs(preview.articles, preview.context.site, preview.context.sections);
    assert.deepEqual(
      specs[1]!.articles.map((article) => article.url),
      ["/harbour/hostile/", "/harbour/window-start/", "/harbour/just-too-old/"],
    );
  });
});
