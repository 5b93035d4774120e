import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatIssue } from "../../src/articles/content-issue.ts";
import { parseFrontMatter } from "../../src/articles/front-matter.ts";
import { temporaryFolder } from "../helpers/site.ts";

const FILE = "articles/story.md";

describe("parseFrontMatter", () => {
  it("returns the fields, the body and the file line of each top-level field", () => {
    const { frontMatter, issues } = parseFrontMatter(
      FILE,
      "---\ntitle: Harbour\n# a comment\ndate: 2026-11-28\nimage:\n  src: a.jpg\n---\n\nBody text.\n",
    );
    assert.deepEqual(issues, []);
    assert.deepEqual(frontMatter?.data, { title: "Harbour", date: "2026-11-28", image: { src: "a.jpg" } });
    assert.equal(frontMatter?.body.trim(), "Body text.");
    assert.deepEqual(
      [...(frontMatter?.keyLines ?? [])],
      [
        ["title", 2],
        ["date", 4],
        ["image", 5],
      ],
    );
  });

  it("counts lines the same way with Windows line endings and a byte-order mark", () => {
    const { frontMatter } = parseFrontMatter(FILE, "\uFEFF---\r\ntitle: Harbour\r\ndate: 2026-11-28\r\n---\r\nBody\r\n");
    assert.deepEqual(
      [...(frontMatter?.keyLines ?? [])],
      [
        ["title", 2],
        ["date", 3],
      ],
    );
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
    assert.deepEqual(
      { ...issues[0], message: undefined },
      { severity: "error", file: FILE, line: 4, column: 10, field: "front matter", message: undefined },
    );
    assert.match(issues[0]?.message ?? "", /^is not valid YAML: bad indentation of a mapping entry \(expected "field: value" lines\)$/);
  });

  it("reports a field written twice at the second one", () => {
    const { issues } = parseFrontMatter(FILE, "---\ntitle: One\ndate: 2026-11-28\ntitle: Two\n---\n");
    assert.equal(issues[0]?.line, 4);
    assert.match(issues[0]?.message ?? "", /duplicated mapping key/);
  });

  it("refuses a file without front matter, or whose front matter is never closed", () => {
    assert.match(
      parseFrontMatter(FILE, "Just a body.\n").issues[0]?.message ?? "",
      /^is missing \(expected the file to start with a --- line/,
    );
    assert.match(
      parseFrontMatter(FILE, "---\ntitle: Open\n\nBody.\n").issues[0]?.message ?? "",
      /^is not closed \(expected a --- line after the last field\)$/,
    );
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

describe("parseFrontMatter on hostile input", () => {
  // gray-matter runs `js`/`javascript`/`jsLegacy` blocks with eval, and looks aliases up case-insensitively.
  const FENCES = [
    "js",
    "javascript",
    "jsLegacy",
    "JS",
    "Javascript",
    " js",
    "\tjs",
    "js ",
    "json",
    "coffee",
    "coffeescript",
    "cson",
    "toml",
    "yaml",
    "yml",
  ];

  it("refuses every fence with a language, naming the file, without running the block", async () => {
    const { existsSync } = await import("node:fs");
    const path = await import("node:path");
    const folder = temporaryFolder("front-matter-");
    FENCES.forEach((fence, index) => {
      const marker = path.join(folder, `ran-${index}`);
      const source = `---${fence}\n{ title: (require("fs").writeFileSync(${JSON.stringify(marker)}, "x"), "t") }\n---\n\nBody.\n`;
      const { frontMatter, issues } = parseFrontMatter(FILE, source);
      assert.equal(frontMatter, undefined, JSON.stringify(fence));
      assert.deepEqual(
        issues.map((issue) => [issue.file, issue.line, issue.field]),
        [[FILE, 1, "front matter"]],
      );
      assert.match(issues[0]?.message ?? "", /is not allowed \(expected YAML front matter opened by a plain --- line\)/);
      assert.ok(!existsSync(marker), `the ---${fence} block did not run`);
    });
  });

  it("rejects __proto__, constructor and prototype at any depth, at the line of their top-level field", () => {
    const source = [
      "---",
      "title: T",
      "__proto__: { polluted: yes }",
      "image:",
      "  constructor: { prototype: { polluted: yes } }",
      "corrections:",
      "  - { date: 2026-01-01, text: x, prototype: y }",
      "---",
      "",
    ].join("\n");
    const { frontMatter, issues } = parseFrontMatter(FILE, source);
    assert.equal(frontMatter, undefined);
    assert.deepEqual(
      issues.map((issue) => [issue.line, issue.field, issue.message]),
      [
        [3, "__proto__", "is a reserved name (expected ordinary field names)"],
        [4, "image.constructor", "is a reserved name (expected ordinary field names)"],
        [6, "corrections.0.prototype", "is a reserved name (expected ordinary field names)"],
      ],
    );
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it("answers deep nesting and aliases that multiply (billion laughs) with a clean error", () => {
    const deep = parseFrontMatter(FILE, `---\ntitle: ${"[".repeat(50_000)}${"]".repeat(50_000)}\n---\n`);
    assert.equal(deep.frontMatter, undefined);
    assert.match(deep.issues[0]?.message ?? "", /^is not valid YAML: nesting exceeded/);

    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let level = 1; level < 9; level++) {
      const previous = String.fromCharCode(96 + level);
      levels.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9).fill(`*${previous}`).join(", ")}]`);
    }
    const laughs = parseFrontMatter(FILE, `---\ntitle: T\n${levels.join("\n")}\n---\n`);
    assert.equal(laughs.frontMatter, undefined);
    assert.deepEqual(laughs.issues.map(formatIssue), [
      `${FILE}:7: front matter: aliases expand to more than 10000 values (expected plain values)`,
    ]);
  });
});
