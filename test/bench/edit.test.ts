import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { editOneArticle } from "../../bench/edit.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "bench-edit-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function corpus(): string[] {
  const files = ["local/a.md", "local/b.md", "world/c.md"].map((name) => path.join(dir, "articles", name));
  for (const file of files) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `---\ntitle: "${path.basename(file)}"\n---\n\nThe body.\n`);
  }
  return files;
}

describe("editOneArticle", () => {
  it("adds a paragraph at the start of the middle article's body and puts the text back", () => {
    const files = corpus();
    const original = readFileSync(files[1] as string, "utf8");
    const restore = editOneArticle(dir, 2);
    assert.equal(readFileSync(files[1] as string, "utf8"), '---\ntitle: "b.md"\n---\n\nEdited by the benchmark, run 2.\n\n\nThe body.\n');
    assert.equal(readFileSync(files[0] as string, "utf8"), '---\ntitle: "a.md"\n---\n\nThe body.\n');
    restore();
    assert.equal(readFileSync(files[1] as string, "utf8"), original);
  });

  it("restores the article's own text even when an interrupted run left its edit in the file", () => {
    const files = corpus();
    const original = readFileSync(files[1] as string, "utf8");
    editOneArticle(dir, 1);
    const restore = editOneArticle(dir, 2);
    assert.equal((readFileSync(files[1] as string, "utf8").match(/Edited by the benchmark/g) ?? []).length, 1);
    restore();
    assert.equal(readFileSync(files[1] as string, "utf8"), original);
  });
});
