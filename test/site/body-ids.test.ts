import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { formatIssue } from "../../src/articles/content-issue.ts";
import { bodyIdIssues } from "../../src/site/body-ids.ts";
import { temporaryFolder } from "../helpers/site.ts";

describe("errors for ids an article's body gives its page twice", () => {
  it("name the file, the line of the element however its id is quoted, the field and what was expected", async () => {
    const cwd = temporaryFolder();
    const body = [
      "---",
      "title: Ids",
      "date: 2026-01-02",
      "section: world",
      "---",
      "",
      "Some text with top in it.",
      "",
      "<a data-id=top></a>",
      "<a id=top></a>",
      "<b id='facts'>1</b>",
      '<i ID = "main-photo">2</i>',
    ];
    writeFileSync(path.join(cwd, "ids.md"), `${body.join("\n")}\n`);
    const issues = await bodyIdIssues([{ file: "ids.md", ids: ["top", "facts", "main-photo"] }], cwd);
    assert.deepEqual(issues.map(formatIssue), [
      'ids.md:10: body: id "top" is one the article page itself uses (top, main, site-search-query, corrections-heading, more-in-section-heading); expected another id',
      'ids.md:11: body: id "facts" is used more than once in the body, counting the ids subheadings get from their text; expected each id once',
      'ids.md:12: body: id "main-photo" is used more than once in the body, counting the ids subheadings get from their text; expected each id once',
    ]);
    assert.ok(issues.every((issue) => issue.severity === "error"));
  });
});
