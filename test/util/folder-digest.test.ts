import assert from "node:assert/strict";
import { cpSync, linkSync, mkdirSync, renameSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { contentDigest, stampDigest, stampTree } from "../../src/util/folder-digest.ts";
import { temporaryFolder } from "../helpers/site.ts";

function tree(): string {
  const folder = path.join(temporaryFolder(), "tree");
  mkdirSync(path.join(folder, "articles/world"), { recursive: true });
  writeFileSync(path.join(folder, "site.json"), "{}");
  writeFileSync(path.join(folder, "articles/world/story.md"), "Text.");
  return folder;
}

describe("contentDigest", () => {
  it("is the same for a copy with other times, and differs when a file's content, name or kind changes", () => {
    const folder = tree();
    const digest = contentDigest(folder);
    const copy = path.join(temporaryFolder(), "copy");
    cpSync(folder, copy, { recursive: true });
    utimesSync(path.join(copy, "site.json"), new Date(0), new Date(0));
    assert.equal(contentDigest(copy), digest);

    writeFileSync(path.join(copy, "site.json"), "{ }");
    assert.notEqual(contentDigest(copy), digest);
    writeFileSync(path.join(copy, "site.json"), "{}");
    renameSync(path.join(copy, "articles/world/story.md"), path.join(copy, "articles/world/other.md"));
    assert.notEqual(contentDigest(copy), digest);
    renameSync(path.join(copy, "articles/world/other.md"), path.join(copy, "articles/world/story.md"));
    mkdirSync(path.join(copy, "images"));
    assert.notEqual(contentDigest(copy), digest, "an empty folder counts");
    rmSync(path.join(copy, "images"), { recursive: true });
    symlinkSync("/etc/passwd", path.join(copy, "linked.md"));
    assert.notEqual(contentDigest(copy), digest, "a link counts, by its target, without being followed");
  });

  it("is the digest of an empty folder for a folder that does not exist", () => {
    const empty = temporaryFolder();
    assert.equal(contentDigest(path.join(empty, "missing")), contentDigest(empty));
  });
});

describe("stampDigest", () => {
  it("changes when a file is rewritten, replaced, added or deleted, and not when nothing is", () => {
    const folder = tree();
    const stamp = stampDigest(folder);
    assert.equal(stampDigest(folder), stamp);
    const story = path.join(folder, "articles/world/story.md");

    utimesSync(story, new Date(0), new Date(0));
    const touched = stampDigest(folder);
    assert.notEqual(touched, stamp, "a new modification time");
    writeFileSync(story, "Edited.");
    utimesSync(story, new Date(0), new Date(0));
    const rewritten = stampDigest(folder);
    assert.notEqual(rewritten, touched, "another size");

    const other = path.join(folder, "other.md");
    writeFileSync(other, "Text.");
    assert.notEqual(stampDigest(folder), rewritten, "an added file");
    rmSync(other);
    assert.equal(stampDigest(folder), rewritten);

    const replacement = path.join(temporaryFolder(), "story.md");
    linkSync(story, replacement);
    rmSync(story);
    writeFileSync(replacement.replace(/story\.md$/, "new.md"), "Text.");
    renameSync(replacement.replace(/story\.md$/, "new.md"), story);
    assert.notEqual(stampDigest(folder), rewritten, "a file replaced by another of the same size");
  });
});

describe("stampTree", () => {
  it("stamps as stampDigest does and counts the files, leaving out the one named at the top only", () => {
    const folder = tree();
    writeFileSync(path.join(folder, "marker"), "");
    writeFileSync(path.join(folder, "articles/marker"), "");
    symlinkSync("/etc/passwd", path.join(folder, "linked.md"));
    assert.deepEqual(stampTree(folder, "marker"), { digest: stampDigest(folder), files: 3 });
    assert.equal(stampTree(folder).files, 4);
    assert.deepEqual(stampTree(path.join(folder, "missing")).files, 0);
  });
});
