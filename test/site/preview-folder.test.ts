import assert from "node:assert/strict";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { BUILD_MARKER, BUILD_SIGNATURE, PREVIEW_SIGNATURE } from "../../src/build/build-marker.ts";
import { isInside } from "../../src/urls/output-paths.ts";
import { preparePreviewFolder, previewOutputFolder } from "../../src/site/preview-folder.ts";
import { fixture, PROJECT_ROOT, temporaryFolder } from "../helpers/site.ts";

function folderWith(folder: string, files: Record<string, string>): string {
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  return folder;
}

describe("the preview's own folder", () => {
  it("is preview/ in the build cache folder, and a temporary folder outside the project when caching is off", () => {
    assert.equal(previewOutputFolder({ NEWSROOM_CACHE_DIR: "/srv/cache" }), path.resolve("/srv/cache/preview"));
    assert.equal(previewOutputFolder({}), path.join(PROJECT_ROOT, ".cache/newsroom/preview"));
    const temporary = previewOutputFolder({ NEWSROOM_CACHE_DIR: "off" });
    assert.ok(!isInside(PROJECT_ROOT, temporary), temporary);
    assert.equal(previewOutputFolder({ NEWSROOM_CACHE_DIR: "off" }), temporary, "one folder for the whole session");
  });

  it("is emptied of what an earlier preview left, and marked as the preview's", async () => {
    const output = folderWith(path.join(temporaryFolder(), "preview"), {
      [BUILD_MARKER]: PREVIEW_SIGNATURE,
      "deleted-article.html": "stale",
    });
    await preparePreviewFolder(fixture("drafts"), output);
    assert.deepEqual(readdirSync(output), [BUILD_MARKER]);
    assert.equal(readFileSync(path.join(output, BUILD_MARKER), "utf8"), PREVIEW_SIGNATURE);
  });

  it("refuses a production build's folder and a folder of someone's own, leaving them as they were", async () => {
    const root = temporaryFolder();
    const production = folderWith(path.join(root, "_site"), { [BUILD_MARKER]: BUILD_SIGNATURE, "index.html": "published" });
    const own = folderWith(path.join(root, "mine"), { "canary.txt": "must survive" });
    await assert.rejects(
      preparePreviewFolder(fixture("drafts"), production),
      /--output=.+_site: holds files but no preview \.newsroom-build marker/,
    );
    await assert.rejects(preparePreviewFolder(fixture("drafts"), own), /--output=.+mine: holds files but no preview/);
    assert.deepEqual(readdirSync(production).sort(), [BUILD_MARKER, "index.html"]);
    assert.equal(readFileSync(path.join(own, "canary.txt"), "utf8"), "must survive");
  });
});
