import assert from "node:assert/strict";
import { cpSync, linkSync, mkdirSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { contentDigest, fileStats, restampTree, stampDigest, stampTree, stampTreeOnThread } from "../../src/util/folder-digest.ts";
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
    const stamped = stampTree(folder, "marker");
    assert.deepEqual({ digest: stamped.digest, files: stamped.files }, { digest: stampDigest(folder), files: 3 });
    assert.equal(stampTree(folder).files, 4);
    assert.deepEqual(stampTree(path.join(folder, "missing")).files, 0);
  });

  it("gives each file's size, inode and time by its slash-separated path, and none for folders, links or nothing", () => {
    const folder = tree();
    symlinkSync("/etc/passwd", path.join(folder, "linked.md"));
    const stamped = stampTree(folder);
    const { size, ino, mtimeMs } = statSync(path.join(folder, "articles/world/story.md"));
    assert.deepEqual(fileStats(stamped, "articles/world/story.md"), { size, ino, mtimeMs });
    assert.equal(fileStats(stamped, "articles/world"), undefined);
    assert.equal(fileStats(stamped, "linked.md"), undefined);
    assert.equal(fileStats(stamped, "missing.md"), undefined);
  });
});

describe("restampTree", () => {
  it("gives what a new walk gives after files were added, replaced and deleted, and folders made and removed", () => {
    const folder = tree();
    mkdirSync(path.join(folder, "articles/culture"));
    writeFileSync(path.join(folder, "articles/culture/gone.md"), "Gone.");
    mkdirSync(path.join(folder, "articles/culture/inner"));
    writeFileSync(path.join(folder, "articles/culture/inner/unnamed.md"), "Gone with its folder, not named.");
    writeFileSync(path.join(folder, "articles/world/a-b.md"), "Sorts between folders.");
    const before = stampTree(folder, "site.json");

    rmSync(path.join(folder, "articles/culture"), { recursive: true });
    writeFileSync(path.join(folder, "site.json"), "{ }");
    mkdirSync(path.join(folder, "articles/world/new/deeper"), { recursive: true });
    writeFileSync(path.join(folder, "articles/world/new/deeper/story.md"), "New.");
    const changed = ["articles/culture/gone.md", "site.json", "articles/world/new/deeper/story.md"];
    const after = restampTree(folder, before, changed, "site.json");
    const walked = stampTree(folder, "site.json");
    assert.equal(after.digest, walked.digest);
    assert.equal(after.files, walked.files);
    assert.deepEqual([...after.entries], [...walked.entries]);
    assert.notEqual(after.digest, before.digest);
  });

  it("gives what a new walk gives when files were only replaced and deleted", () => {
    const folder = tree();
    writeFileSync(path.join(folder, "articles/world/other.md"), "Other.");
    const before = stampTree(folder);
    rmSync(path.join(folder, "articles/world/other.md"));
    writeFileSync(path.join(folder, "articles/world/story.md.new"), "Replaced, a new inode.");
    renameSync(path.join(folder, "articles/world/story.md.new"), path.join(folder, "articles/world/story.md"));
    const after = restampTree(folder, before, ["articles/world/other.md", "articles/world/story.md"]);
    assert.equal(after.digest, stampTree(folder).digest);
  });
});

describe("stampTreeOnThread", () => {
  it("gives what stampTree gives, walked on another thread, and no entries for a missing folder", async () => {
    const folder = tree();
    writeFileSync(path.join(folder, "marker"), "");
    symlinkSync("/etc/passwd", path.join(folder, "linked.md"));
    const here = stampTree(folder, "marker");
    const there = await stampTreeOnThread(folder, "marker");
    assert.equal(there.digest, here.digest);
    assert.equal(there.files, here.files);
    assert.deepEqual([...there.entries], [...here.entries]);
    assert.equal((await stampTreeOnThread(path.join(folder, "missing"))).entries.size, 0);
  });
});
