import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { BUILD_MARKER, BUILD_SIGNATURE } from "../../src/build/build-marker.ts";
import { commitUpdate, completeUpdate, planUpdate } from "../../src/build/update-journal.ts";
import { stampTree } from "../../src/util/folder-digest.ts";
import { temporaryFolder } from "../helpers/site.ts";

/** A marked folder holding `files` (relative path → text). */
function folderWith(files: Record<string, string>): string {
  const folder = temporaryFolder();
  writeFileSync(path.join(folder, BUILD_MARKER), BUILD_SIGNATURE);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), text);
  }
  return folder;
}

/** Every file under `folder` but the marker, as relative path → text. */
function contents(folder: string): Record<string, string> {
  const files = readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((file) => statSync(path.join(folder, file)).isFile());
  return Object.fromEntries(
    files
      .filter((file) => file !== BUILD_MARKER)
      .sort()
      .map((file) => [file, readFileSync(path.join(folder, file), "utf8")]),
  );
}

const published = () =>
  folderWith({
    "index.html": "old home",
    "world/story/index.html": "story",
    "world/gone/index.html": "deleted article",
    "feed.xml": "old feed",
  });

describe("an update of the output in place", () => {
  it("moves in what the build staged, keeps what it kept and deletes the rest, emptied folders included", () => {
    const output = published();
    const staging = folderWith({ "index.html": "new home", "feed.xml": "new feed", "culture/new/index.html": "new article" });
    const journal = planUpdate(staging, stampTree(output), new Set(["world/story/index.html"]));
    assert.deepEqual(journal.deletes, ["world/gone/index.html"]);
    assert.deepEqual([...journal.moves].sort(), ["culture/new/index.html", "feed.xml", "index.html"]);

    const kept = statSync(path.join(output, "world/story/index.html")).ino;
    commitUpdate(staging, output, journal);
    assert.deepEqual(contents(output), {
      "culture/new/index.html": "new article",
      "feed.xml": "new feed",
      "index.html": "new home",
      "world/story/index.html": "story",
    });
    assert.equal(existsSync(path.join(output, "world/gone")), false, "the deleted article's folder goes with its page");
    assert.equal(statSync(path.join(output, "world/story/index.html")).ino, kept, "a kept page is the same file");
    assert.equal(readFileSync(path.join(output, BUILD_MARKER), "utf8"), BUILD_SIGNATURE);
  });

  it("is completed from its journal by the next build after a kill, and applying it twice changes nothing", () => {
    const output = published();
    const staging = folderWith({ "index.html": "new home", "culture/new/index.html": "new article" });
    const journal = planUpdate(staging, stampTree(output), new Set(["world/story/index.html", "feed.xml"]));
    commitUpdate(staging, output, journal);
    const after = contents(output);
    assert.equal(completeUpdate(staging, output), true);
    assert.deepEqual(contents(output), after);
    assert.equal(completeUpdate(folderWith({ "index.html": "no journal" }), output), false, "no journal: the output was never touched");
    assert.deepEqual(contents(output), after);
  });

  it("gives a page's path to a folder, and a folder's to a page, in one update", () => {
    const output = folderWith({ "a/index.html": "folder page", b: "file" });
    const staging = folderWith({ a: "now a file", "b/index.html": "now a folder" });
    commitUpdate(staging, output, planUpdate(staging, stampTree(output), new Set()));
    assert.deepEqual(contents(output), { a: "now a file", [path.join("b", "index.html")]: "now a folder" });
  });

  it("refuses a journal that names a file outside the output folder, touching nothing", () => {
    const output = published();
    const outside = path.join(path.dirname(output), "outside.txt");
    writeFileSync(outside, "keep me");
    const staging = folderWith({});
    const before = contents(output);
    assert.throws(
      () => commitUpdate(staging, output, { moves: [], deletes: ["../outside.txt"] }),
      /outside the output folder: \.\.\/outside\.txt/,
    );
    assert.equal(readFileSync(outside, "utf8"), "keep me");
    assert.deepEqual(contents(output), before);
  });
});
