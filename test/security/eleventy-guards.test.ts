import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { findContentError } from "../../src/articles/content-issue.ts";
import { contentFolderIgnores, refuseEleventyDataFolder, refuseMisreadContentFolder } from "../../src/security/eleventy-guards.ts";
import { temporaryFolder } from "../helpers/site.ts";

describe("contentFolderIgnores", () => {
  it("ignores the content folder by its path from the working directory, wherever it is", () => {
    assert.deepEqual(contentFolderIgnores("content", "/work/site"), ["**/*", "content/**"]);
    assert.deepEqual(contentFolderIgnores("/srv/our-content", "/work/site"), ["**/*", "../../srv/our-content/**"]);
    assert.deepEqual(contentFolderIgnores("../our-content/", "/work/site"), ["**/*", "../our-content/**"]);
  });

  it("ignores everything when the content folder is the working directory", () => {
    assert.deepEqual(contentFolderIgnores(".", "/work/site"), ["**/*", "**"]);
  });
});

describe("refuseEleventyDataFolder", () => {
  it("accepts a data folder that does not exist", () => {
    assert.doesNotThrow(() => refuseEleventyDataFolder(path.join(temporaryFolder(), "missing")));
  });

  it("names an existing data folder in a content error", () => {
    const root = temporaryFolder();
    const dataDir = path.join(root, "content", ".eleventy-data-disabled");
    mkdirSync(dataDir, { recursive: true });
    let thrown: unknown;
    try {
      refuseEleventyDataFolder(dataDir, root);
    } catch (error) {
      thrown = error;
    }
    const issue = findContentError(thrown)?.issues[0];
    assert.equal(issue?.file, path.join("content", ".eleventy-data-disabled"));
    assert.match(issue?.message ?? "", /Eleventy would run/);
  });
});

describe("refuseMisreadContentFolder", () => {
  it("accepts a content folder given relative, inside the working folder, or elsewhere", () => {
    for (const input of ["content", "../paper-content", "/news/paper/content", "/news/paper", "/srv/content", "/news/pap"])
      assert.doesNotThrow(() => refuseMisreadContentFolder(input, "/news/paper"), input);
  });

  it("refuses an absolute path that only begins with the working folder's, naming the relative one that works", () => {
    let thrown: unknown;
    try {
      refuseMisreadContentFolder("/news/paper-content", "/news/paper");
    } catch (error) {
      thrown = error;
    }
    const issue = findContentError(thrown)?.issues[0];
    assert.equal(issue?.file, "/news/paper-content");
    assert.match(issue?.message ?? "", /Eleventy misreads \(expected it relative to the working folder: --input=\.\.\/paper-content\)$/);
  });
});
