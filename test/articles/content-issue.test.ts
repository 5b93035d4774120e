import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ContentError, findContentError, formatIssue, sortIssues } from "../../src/articles/content-issue.ts";

describe("formatIssue", () => {
  it("writes file:LINE: field: message", () => {
    assert.equal(
      formatIssue({ severity: "error", file: "content/articles/a.md", line: 3, field: "date", message: "is missing (expected a date)" }),
      "content/articles/a.md:3: date: is missing (expected a date)",
    );
  });

  it("adds the column when there is one, and marks warnings", () => {
    assert.equal(
      formatIssue({ severity: "error", file: "a.md", line: 4, column: 10, field: "front matter", message: "m" }),
      "a.md:4:10: front matter: m",
    );
    assert.equal(formatIssue({ severity: "warning", file: "a.md", line: 2, field: "titel", message: "m" }), "a.md:2: warning: titel: m");
  });

  it("leaves out what a data-file issue does not have", () => {
    assert.equal(formatIssue({ severity: "error", file: "_data/site.json", message: "is missing" }), "_data/site.json: is missing");
  });
});

describe("findContentError", () => {
  it("finds our error inside the errors Eleventy wraps it in", () => {
    const contentError = new ContentError([{ severity: "error", file: "a.md", line: 1, field: "title", message: "is missing" }]);
    const wrapped = Object.assign(new Error("Problem writing templates"), { originalError: new Error("data", { cause: contentError }) });
    assert.equal(findContentError(wrapped), contentError);
    assert.equal(findContentError(new Error("other")), undefined);
  });

  it("lists only the errors in its message", () => {
    const error = new ContentError([
      { severity: "warning", file: "a.md", line: 2, field: "titel", message: "w" },
      { severity: "error", file: "b.md", line: 1, field: "date", message: "e" },
    ]);
    assert.equal(error.message, "1 content error:\nb.md:1: date: e");
  });
});

describe("sortIssues", () => {
  it("orders by file, then line, whole-file problems first, keeping the order of issues on one line", () => {
    const issue = (file: string, line: number | undefined, message: string) => ({ severity: "error" as const, file, line, message });
    const sorted = sortIssues([
      issue("b.md", 9, "b9"),
      issue("a.md", 12, "a12"),
      issue("a.md", 3, "a3 first"),
      issue("a.md", undefined, "a"),
      issue("a.md", 3, "a3 second"),
    ]);
    assert.deepEqual(
      sorted.map((entry) => entry.message),
      ["a", "a3 first", "a3 second", "a12", "b9"],
    );
  });
});
