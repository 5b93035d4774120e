import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { codeVersion } from "../../src/cache/code-version.ts";
import { temporaryFolder } from "../helpers/site.ts";

/** A project folder holding `files` (path → text). */
function project(files: Record<string, string>): string {
  const root = temporaryFolder();
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

describe("codeVersion", () => {
  const code = { sources: ["src/markdown", "src/slug.ts"], packages: ["markdown-it"] };

  it("is the same for the same code wherever the project lies, and differs when any file it covers differs", () => {
    const files = { "src/markdown/render.ts": "export const a = 1;", "src/markdown/deep/links.ts": "x", "src/slug.ts": "s" };
    const version = codeVersion(project(files), code);
    assert.equal(codeVersion(project(files), code), version);
    assert.notEqual(codeVersion(project({ ...files, "src/markdown/deep/links.ts": "y" }), code), version);
    assert.notEqual(codeVersion(project({ ...files, "src/slug.ts": "t" }), code), version);
    assert.equal(codeVersion(project({ ...files, "src/other.ts": "unrelated" }), code), version, "code it does not cover");
  });

  it("depends on the versions of the packages it names", () => {
    const root = project({ "src/slug.ts": "s" });
    assert.notEqual(
      codeVersion(root, { sources: ["src"], packages: [] }),
      codeVersion(root, { sources: ["src"], packages: ["markdown-it"] }),
    );
  });
});
