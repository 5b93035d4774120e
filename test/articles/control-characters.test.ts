import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatIssue } from "../../src/articles/content-issue.ts";
import { controlCharacterIssues } from "../../src/articles/control-characters.ts";
import { parseFrontMatter } from "../../src/articles/front-matter.ts";
import { parseArticle } from "../../src/articles/load.ts";

const FILE = "articles/2026-11-28-harbour.md";

function issuesOf(source: string): string[] {
  const { frontMatter, issues } = parseFrontMatter(FILE, source);
  assert.ok(frontMatter, JSON.stringify(issues));
  return controlCharacterIssues(FILE, frontMatter).map(formatIssue);
}

describe("controlCharacterIssues", () => {
  it("names the body's line and column and the character, once per line", () => {
    const source =
      "---\ntitle: Harbour\ndate: 2026-11-28\n---\n\nFirst line.\nPasted\u000b text \u0007 here.\n\nFine line.\n\u0092Quoted.\n";
    assert.deepEqual(issuesOf(source), [
      `${FILE}:7:7: body: contains the invisible control character U+000B (expected visible text: delete it, or retype the text around it, since it usually comes with pasted text)`,
      `${FILE}:10:1: body: contains the invisible control character U+0092 (expected visible text: delete it, or retype the text around it, since it usually comes with pasted text)`,
    ]);
  });

  it("names the field, down to a list item or a sub-field, of a character written as a YAML escape", () => {
    const source =
      '---\ntitle: "Bell\\x07"\ndate: 2026-11-28\ntags: [harbour, "ferry\\x1b"]\nimage:\n  src: /images/a.jpg\n  alt: "A\\x7f ferry"\n---\nBody.\n';
    assert.deepEqual(
      issuesOf(source).map((line) => line.replace(/ \(expected.*$/, "")),
      [
        `${FILE}:2: title: contains the invisible control character U+0007`,
        `${FILE}:4: tags.1: contains the invisible control character U+001B`,
        `${FILE}:5: image.alt: contains the invisible control character U+007F`,
      ],
    );
  });

  it("accepts tabs, Windows line endings and visible Unicode such as accents, curly quotes, no-break spaces and emoji", () => {
    const source =
      '---\r\ntitle: "Caf\u00e9 \u2019n\u2019 crab\u00a0\ud83e\udd80"\r\ndate: 2026-11-28\r\n---\r\n\r\n\tIndented\u2014text, \u00bfqu\u00e9?\r\n';
    assert.deepEqual(issuesOf(source), []);
  });

  it("keeps an article with a control character out of the site, alongside its other errors", () => {
    const result = parseArticle(FILE, "---\ntitle: Harbour\ndate: 2026-11-28\nsection: nowhere\n---\nBody\u0008.\n", ["world"]);
    assert.equal(result.article, undefined);
    assert.deepEqual(
      result.issues.map((issue) => `${issue.line}: ${issue.field}`),
      ["4: section", "6: body"],
    );
  });
});
