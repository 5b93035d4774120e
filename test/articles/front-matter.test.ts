import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseFrontMatter } from "../../src/articles/front-matter.ts";

const FILE = "articles/story.md";

describe("parseFrontMatter", () => {
  it("returns the fields, the body and the file line of each top-level field", () => {
    const { frontMatter, issues } = parseFrontMatter(FILE, "---\ntitle: Harbour\n# a comment\ndate: 2026-11-28\nimage:\n  src: a.jpg\n---\n\nBody text.\n");
    assert.deepEqual(issues, []);
    assert.deepEqual(frontMatter?.data, { title: "Harbour", date: "2026-11-28", image: { src: "a.jpg" } });
    assert.equal(frontMatter?.body.trim(), "Body text.");
    assert.deepEqual([...(frontMatter?.keyLines ?? [])], [["title", 2], ["date", 4], ["image", 5]]);
  });

  it("counts lines the same way with Windows line endings and a byte-order mark", () => {
    const { frontMatter } = parseFrontMatter(FILE, "\uFEFF---\r\ntitle: Harbour\r\ndate: 2026-11-28\r\n---\r\nBody\r\n");
    assert.deepEqual([...(frontMatter?.keyLines ?? [])], [["title", 2], ["date", 3]]);
  });

  it("keeps dates as the text written, so that an impossible date is not turned into another day", () => {
    const { frontMatter } = parseFrontMatter(FILE, "---\ndate: 2024-02-30\nupdated: 2024-03-01T10:00:00Z\n---\n");
    assert.equal(frontMatter?.data.date, "2024-02-30");
    assert.equal(frontMatter?.data.updated, "2024-03-01T10:00:00Z");
  });

  it("reports malformed YAML at its line and column", () => {
    const { frontMatter, issues } = parseFrontMatter(FILE, "---\ntitle: Harbour\ndate: 2026-11-28\n  section: world\n---\n");
    assert.equal(frontMatter, undefined);
    assert.equal(issues.length, 1);
    assert.deepEqual({ ...issues[0], message: undefined }, { severity: "error", file: FILE, line: 4, column: 10, field: "front matter", message: undefined });
    assert.match(issues[0]?.message ?? "", /^is not valid YAML: bad indentation of a mapping entry \(expected "field: value" lines\)$/);
  });

  it("reports a field written twice at the second one", () => {
    const { issues } = parseFrontMatter(FILE, "---\ntitle: One\ndate: 2026-11-28\ntitle: Two\n---\n");
    assert.equal(issues[0]?.line, 4);
    assert.match(issues[0]?.message ?? "", /duplicated mapping key/);
  });

  it("refuses a file without front matter, or whose front matter is never closed", () => {
    assert.match(parseFrontMatter(FILE, "Just a body.\n").issues[0]?.message ?? "", /^is missing \(expected the file to start with a --- line/);
    assert.match(parseFrontMatter(FILE, "---\ntitle: Open\n\nBody.\n").issues[0]?.message ?? "", /^is not closed \(expected a --- line after the last field\)$/);
  });

  it("refuses front matter that is not a set of fields", () => {
    assert.match(parseFrontMatter(FILE, "---\n- a\n- b\n---\n").issues[0]?.message ?? "", /^is not a set of fields/);
  });

  it("never runs JavaScript front matter", () => {
    const marker = "__frontMatterRan";
    const { frontMatter, issues } = parseFrontMatter(FILE, `---js\n{ title: (globalThis.${marker} = true, "x") }\n---\n`);
    assert.equal(frontMatter, undefined);
    assert.equal(issues[0]?.field, "front matter");
    assert.equal((globalThis as Record<string, unknown>)[marker], undefined);
  });
});
