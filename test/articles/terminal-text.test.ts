import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatIssue } from "../../src/articles/content-issue.ts";
import { escapeForTerminal } from "../../src/articles/terminal-text.ts";

describe("escapeForTerminal", () => {
  it("writes C0 and C1 controls, DEL and bidi overrides and isolates as escapes, and leaves other text alone", () => {
    assert.equal(escapeForTerminal("evil\u001b[2J\u001b[31mRED.md"), "evil\\x1b[2J\\x1b[31mRED.md");
    assert.equal(escapeForTerminal("a\u0000b\tc\nd\u007fe\u009bf"), "a\\x00b\\x09c\\x0ad\\x7fe\\x9bf");
    assert.equal(escapeForTerminal("\u202Egpj.exe \u2066x\u2069 \u202A"), "\\u202egpj.exe \\u2066x\\u2069 \\u202a");
    assert.equal(escapeForTerminal("København – “quoted” 東京"), "København – “quoted” 東京");
  });
});

describe("formatIssue and control characters", () => {
  it("escapes them in the file, the field and the message", () => {
    const line = formatIssue({ severity: "error", file: "a\u001b[2J.md", line: 2, field: "ti\u202etle", message: "is \u009b31m wrong" });
    assert.equal(line, "a\\x1b[2J.md:2: ti\\u202etle: is \\x9b31m wrong");
  });
});
