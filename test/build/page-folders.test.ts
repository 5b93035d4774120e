import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { makePageFolders } from "../../src/build/page-folders.ts";
import { writePages } from "../../src/build/write-pages.ts";
import type { Page, SiteContext } from "../../src/pages/types.ts";
import { siteSchema } from "../../src/site/schema.ts";
import { temporaryFolder } from "../helpers/site.ts";

const context: SiteContext = {
  site: siteSchema.parse({ title: "Fixture Gazette", url: "https://gazette.example.com/", language: "en" }),
  sections: [],
  authors: [],
  buildTime: new Date("2026-06-01T00:00:00Z"),
  preview: false,
};

function foldersUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" }).sort();
}

describe("makePageFolders", () => {
  it("makes the folder of every page URL inside the output folder and nothing for an unsafe URL", async () => {
    const root = temporaryFolder();
    const output = path.join(root, "site.staging-1-1");
    await makePageFolders(output, ["/world/story-1/", "/world/story-2/", "/sport/final/", "/", "/../escaped/", "/world/-rf/"]);
    assert.deepEqual(foldersUnder(output), ["sport", "sport/final", "world", "world/-rf", "world/story-1", "world/story-2"].map((folder) => path.join(folder)));
    assert.deepEqual(readdirSync(root), ["site.staging-1-1"], "nothing was made beside the output folder");
  });

  it("does no harm where xargs cannot be found: the pages are still written", async () => {
    const output = temporaryFolder();
    const searchPath = process.env.PATH;
    process.env.PATH = temporaryFolder();
    try {
      await makePageFolders(output, ["/search/"]);
    } finally {
      process.env.PATH = searchPath;
    }
    assert.equal(existsSync(path.join(output, "search")), false);
    const pages: Page[] = [{ kind: "search", url: "/search/" }];
    assert.equal(await writePages(pages, context, output), 1);
    assert.ok(existsSync(path.join(output, "search/index.html")));
  });
});
