import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { makePageFolders } from "../../src/build/page-folders.ts";
import { temporaryFolder } from "../helpers/site.ts";

function foldersUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" }).sort();
}

describe("makePageFolders", () => {
  it("makes the folder of every page URL inside the output folder and nothing for an unsafe URL", async () => {
    const root = temporaryFolder();
    const output = path.join(root, "site.staging-1-1");
    await makePageFolders(output, ["/world/story-1/", "/world/story-2/", "/sport/final/", "/", "/../escaped/", "/world/-rf/"]);
    assert.deepEqual(
      foldersUnder(output),
      ["sport", "sport/final", "world", "world/-rf", "world/story-1", "world/story-2"].map((folder) => path.join(folder)),
    );
    assert.deepEqual(readdirSync(root), ["site.staging-1-1"], "nothing was made beside the output folder");
  });

  // writePages makes every folder it needs itself (test/build/write-pages.test.ts writes into empty folders).
  it("resolves without making anything where xargs cannot be found", async () => {
    const output = temporaryFolder();
    const searchPath = process.env.PATH;
    process.env.PATH = temporaryFolder();
    try {
      await makePageFolders(output, ["/search/"]);
    } finally {
      process.env.PATH = searchPath;
    }
    assert.equal(existsSync(path.join(output, "search")), false);
  });

  it("resolves without making anything where it cannot write its list of folders", async () => {
    const output = temporaryFolder();
    const temporary = process.env.TMPDIR;
    process.env.TMPDIR = path.join(temporaryFolder(), "missing");
    try {
      await makePageFolders(output, ["/search/"]);
    } finally {
      if (temporary === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = temporary;
    }
    assert.equal(existsSync(path.join(output, "search")), false);
  });
});
