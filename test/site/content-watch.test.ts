import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { watchContentFolders } from "../../src/site/content-watch.ts";
import { temporaryFolder } from "../helpers/site.ts";

const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

describe("watchContentFolders", () => {
  it("reports a saved article in a section folder, and ignores an editor's swap file", async () => {
    const root = temporaryFolder();
    mkdirSync(path.join(root, "articles/world"), { recursive: true });
    let changes = 0;
    const watchers = await watchContentFolders(root, () => (changes += 1));
    try {
      writeFileSync(path.join(root, "articles/world/.story.md.swp"), "swap");
      await settle();
      assert.equal(changes, 0);
      writeFileSync(path.join(root, "articles/world/story.md"), "---\ntitle: Story\n---\n");
      await settle();
      assert.ok(changes > 0);
    } finally {
      for (const watcher of watchers) watcher.close();
    }
  });
});
