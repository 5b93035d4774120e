import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseArticle } from "../../src/articles/load.ts";
import { planNewArticle } from "../../src/articles/new-article.ts";

const SECTIONS = ["world", "sport"];
const NOW = new Date("2026-11-28T23:59:59.900Z");

describe("planNewArticle", () => {
  it("names the file after today's UTC date and the headline's slug", () => {
    const { plan } = planNewArticle({ title: "Błaszczak wins the final", section: "sport" }, SECTIONS, NOW);
    assert.equal(plan?.file, "articles/sport/2026-11-28-blaszczak-wins-the-final.md");
    assert.equal(plan?.url, "/sport/blaszczak-wins-the-final/");
  });

  it("writes front matter that validates as a draft with the same title, section and URL", () => {
    const title = 'Mayor says: "no comment" #2';
    const { plan } = planNewArticle({ title, section: "world" }, SECTIONS, NOW);
    assert.ok(plan);
    const parsed = parseArticle(plan.file, plan.text, SECTIONS);
    assert.deepEqual(parsed.issues, []);
    assert.equal(parsed.article?.title, title);
    assert.equal(parsed.article?.draft, true);
    assert.equal(parsed.article?.url, plan.url);
    assert.equal(parsed.article?.date.toISOString(), "2026-11-28T23:59:59.000Z");
    assert.ok(parsed.article?.body.trim(), "has a body placeholder");
  });

  it("refuses an unknown section and suggests the closest slug", () => {
    const { plan, problems } = planNewArticle({ title: "Story", section: "wrold" }, SECTIONS, NOW);
    assert.equal(plan, undefined);
    assert.deepEqual(problems, ['--section: "wrold" is not in sections.json (did you mean world? expected one of: world, sport)']);
  });

  it("refuses a missing section and a headline without letters, reporting both", () => {
    const { problems } = planNewArticle({ title: "?!", section: "" }, SECTIONS, NOW);
    assert.deepEqual(
      problems.map((problem) => problem.split(":")[0]),
      ["headline", "--section"],
    );
  });
});
