import assert from "node:assert/strict";
import { existsSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { countFiles, removeFolder, removeFolderLater } from "../../src/build/folder-tree.ts";
import { temporaryFolder } from "../helpers/site.ts";

/** A small site: pages in folders of their own, a hard link (as the page cache makes) and a link out. */
function siteBeside(outside: string): string {
  const site = path.join(temporaryFolder(), "site");
  for (const page of ["world/story-1", "world/story-2", "sport/final"]) {
    mkdirSync(path.join(site, page), { recursive: true });
    writeFileSync(path.join(site, page, "index.html"), page);
  }
  linkSync(path.join(outside, "cached.html"), path.join(site, "world", "cached.html"));
  symlinkSync(outside, path.join(site, "link-to-outside"));
  return site;
}

function outsideFolder(): string {
  const outside = temporaryFolder();
  writeFileSync(path.join(outside, "cached.html"), "kept");
  return outside;
}

describe("removeFolder", () => {
  it("deletes the whole tree and nothing that its links point to", async () => {
    const outside = outsideFolder();
    const site = siteBeside(outside);
    await removeFolder(site);
    assert.equal(existsSync(site), false);
    assert.equal(readFileSync(path.join(outside, "cached.html"), "utf8"), "kept");
  });

  it("falls back to Node's own removal where there is no rm command", async () => {
    const outside = outsideFolder();
    const site = siteBeside(outside);
    const searchPath = process.env.PATH;
    process.env.PATH = temporaryFolder();
    try {
      await removeFolder(site);
    } finally {
      process.env.PATH = searchPath;
    }
    assert.equal(existsSync(site), false);
    assert.equal(readFileSync(path.join(outside, "cached.html"), "utf8"), "kept");
  });

  it("is done at once when the folder does not exist", async () => {
    await removeFolder(path.join(temporaryFolder(), "never-built"));
  });
});

describe("removeFolderLater", () => {
  it("returns at once and leaves the deleting to a process that finishes it on its own", async () => {
    const outside = outsideFolder();
    const site = siteBeside(outside);
    removeFolderLater(site);
    for (let waited = 0; existsSync(site) && waited < 10_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(existsSync(site), false);
    assert.equal(readFileSync(path.join(outside, "cached.html"), "utf8"), "kept");
  });
});

describe("countFiles", () => {
  it("counts files at every depth, not folders or symbolic links", () => {
    assert.equal(countFiles(siteBeside(outsideFolder())), 4);
  });
});
