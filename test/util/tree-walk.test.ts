import assert from "node:assert/strict";
import { mkdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { KINDS, walkTree } from "../../src/util/tree-walk.js";
import { temporaryFolder } from "../helpers/site.ts";

describe("walkTree", () => {
  it("lists each folder's entries by name, depth first, with their kinds", () => {
    const folder = temporaryFolder();
    mkdirSync(path.join(folder, "a/inner"), { recursive: true });
    writeFileSync(path.join(folder, "a/inner/index.html"), "page");
    writeFileSync(path.join(folder, "a-b"), "after the folder a and all it holds");
    symlinkSync("/etc/passwd", path.join(folder, "link"));
    const { relative, kinds } = walkTree(folder, false);
    assert.deepEqual(relative, ["a", "a/inner", "a/inner/index.html", "a-b", "link"]);
    assert.deepEqual(
      [...kinds].map((kind) => KINDS[kind]),
      ["folder", "folder", "file", "file", "link"],
    );
  });

  it("stamps each entry but a folder with its size, inode and modification time, when asked", () => {
    const folder = temporaryFolder();
    mkdirSync(path.join(folder, "world"));
    writeFileSync(path.join(folder, "world/index.html"), "12345");
    const { numbers } = walkTree(folder, true);
    const stats = statSync(path.join(folder, "world/index.html"));
    assert.deepEqual([...numbers], [0, 0, 0, 5, stats.ino, stats.mtimeMs]);
    assert.equal(walkTree(folder, false).numbers.length, 0);
  });

  it("finds nothing in a folder that does not exist", () => {
    assert.deepEqual(walkTree(path.join(temporaryFolder(), "missing"), true).relative, []);
  });
});
