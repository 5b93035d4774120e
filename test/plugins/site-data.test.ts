import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { byTag, newsroomData } from "../../src/plugins/site-data.ts";
import { loadSite } from "../../src/site/load-site.ts";
import { fixture, PROJECT_ROOT } from "../helpers/site.ts";

const load = (preview: boolean) =>
  loadSite({ inputDir: fixture("drafts"), buildTime: new Date("2026-06-01T00:00:00Z"), preview, cwd: PROJECT_ROOT });

describe("the newsroom data developer pages see", () => {
  it("lists only published articles, newest first, also in the preview", async () => {
    const model = await load(true);
    const { articles } = newsroomData(model);
    assert.ok(
      model.articles.some((article) => article.status !== "published"),
      "the fixture has drafts the preview loads",
    );
    assert.deepEqual(
      articles.map((summary) => summary.url),
      model.articles
        .filter((article) => article.status === "published")
        .sort((a, b) => b.date.getTime() - a.date.getTime())
        .map((article) => article.url),
    );
  });

  it("is made once per loaded site, so that the preview's rebuild of an edited article does not summarise every article again", async () => {
    const model = await load(false);
    assert.equal(newsroomData(model), newsroomData(model));
    assert.notEqual(newsroomData(await load(false)), newsroomData(model), "a new load gets its own");
  });

  it("cannot be changed by a page, since later builds of the same site share it", async () => {
    const { articles } = newsroomData(await load(false));
    assert.ok(articles.length > 0);
    assert.throws(() => (articles as unknown[]).push({}), TypeError);
    assert.throws(() => Object.assign(articles[0] ?? {}, { title: "Changed" }), TypeError);
    assert.equal(byTag(articles, articles[0]?.tags[0] ?? "").length > 0, (articles[0]?.tags.length ?? 0) > 0);
  });
});
