import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatIssue } from "../../src/articles/content-issue.ts";
import { parseFrontMatter } from "../../src/articles/front-matter.ts";
import { colonInValue } from "../../src/articles/yaml-mistakes.ts";

const issuesOf = (fields: string) => parseFrontMatter("a.md", `---\n${fields}\n---\n\nBody.\n`).issues.map(formatIssue);

describe("a colon inside an unquoted value", () => {
  it("is named at its line with the field, and the line written with quotes", () => {
    assert.deepEqual(issuesOf("date: 2026-11-30\ntitle: Harbour master: silt is rising\nsection: world"), [
      'a.md:3: title: has a colon in it (put the headline in quotes: title: "Harbour master: silt is rising")',
    ]);
    assert.deepEqual(issuesOf('title: Quoted\nsummary: The "Pier": a history'), [
      `a.md:3: summary: has a colon in it (put the text in quotes: summary: 'The "Pier": a history')`,
    ]);
  });

  it("leaves other lines and other YAML mistakes to the parser's message", () => {
    assert.equal(colonInValue('title: "Harbour master: silt is rising"'), undefined);
    assert.equal(colonInValue("title: Ratio 3:1 # note: fine"), undefined);
    assert.deepEqual(issuesOf("title: Broken YAML\ndate: 2026-01-02\n  section: world"), [
      'a.md:4:10: front matter: is not valid YAML: bad indentation of a mapping entry (expected "field: value" lines)',
    ]);
  });
});
