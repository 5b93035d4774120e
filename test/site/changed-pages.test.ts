import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { createPageChangeTracker, removePageFiles } from "../../src/site/changed-pages.ts";
import { loadSite } from "../../src/site/load-site.ts";
import type { Page } from "../../src/pages/types.ts";
import { fixture, PROJECT_ROOT, temporaryFolder } from "../helpers/site.ts";

const SPORT = "/sport/sport-result/";
const STORY_1 = "/world/published-story-1/";

function contentCopy(): string {
  const folder = path.join(temporaryFolder(), "content");
  cpSync(fixture("drafts"), folder, { recursive: true });
  return folder;
}

const load = (inputDir: string, buildTime = "2026-06-01T00:00:00Z") =>
  loadSite({ inputDir, buildTime: new Date(buildTime), preview: true, cwd: PROJECT_ROOT });

describe("the preview's page change tracker", () => {
  it("reports every page at first, then none while nothing changed, even when the clock moved", async () => {
    const input = contentCopy();
    const track = createPageChangeTracker();
    const first = await load(input);
    assert.equal((await track(first.pages, first.articles, first.context)).changed.length, first.pages.length);
    const again = await load(input, "2026-06-01T00:05:00Z");
    const unchanged = await track(again.pages, again.articles, again.context);
    // Only feeds carry the build time itself.
    assert.deepEqual(
      unchanged.changed.filter((page) => page.kind !== "file"),
      [],
    );
    assert.deepEqual(unchanged.removed, []);
  });

  it("reports an edited article's page and the pages listing it, not an unrelated section's article", async () => {
    const input = contentCopy();
    const track = createPageChangeTracker();
    const before = await load(input);
    await track(before.pages, before.articles, before.context);
    const file = path.join(input, "articles/2026-01-01-published-story-1.md");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^title: .*$/m, "title: Harbour reopens"));
    const after = await load(input);
    const changed = (await track(after.pages, after.articles, after.context)).changed.map((page) => page.url);
    assert.ok(changed.includes(STORY_1), changed.join(" "));
    assert.ok(changed.includes("/world/") && changed.includes("/"), changed.join(" "));
    assert.ok(!changed.includes(SPORT), changed.join(" "));
  });

  it("reports a deleted article's page as removed, and every page when the site's data changes", async () => {
    const input = contentCopy();
    const track = createPageChangeTracker();
    const before = await load(input);
    await track(before.pages, before.articles, before.context);
    rmSync(path.join(input, "articles/2026-01-04-sport-result.md"));
    const site = path.join(input, "_data/site.json");
    writeFileSync(site, readFileSync(site, "utf8").replace(/"title": "[^"]*"/, '"title": "Renamed Gazette"'));
    const after = await load(input);
    const changes = await track(after.pages, after.articles, after.context);
    assert.ok(changes.removed.includes(SPORT), changes.removed.join(" "));
    assert.equal(changes.changed.length, after.pages.length);
  });

  it("pauses between slices of pages, and a call given up at a pause leaves the pages to compare with as they were", async () => {
    const { context } = await load(contentCopy());
    const files = (edited: number): Page[] =>
      Array.from({ length: 2_500 }, (_, index) => ({
        kind: "file",
        url: `/f${index}.txt`,
        contentType: "text/plain",
        body: index === edited ? "edited" : `${index}`,
      }));
    const track = createPageChangeTracker();
    let pauses = 0;
    const first = await track(files(-1), [], context, async () => {
      pauses += 1;
    });
    assert.equal(pauses, 2);
    assert.equal(first.changed.length, 2_500);
    await assert.rejects(
      track(files(1_700), [], context, () => Promise.reject(new Error("a newer save"))),
      /a newer save/,
    );
    const afterEdit = await track(files(1_700), [], context);
    assert.deepEqual(
      afterEdit.changed.map((page) => page.url),
      ["/f1700.txt"],
    );
  });

  it("deletes the files of removed pages and nothing else", async () => {
    const output = temporaryFolder();
    for (const file of ["sport/sport-result/index.html", "world/published-story-1/index.html", "feed.xml"]) {
      mkdirSync(path.dirname(path.join(output, file)), { recursive: true });
      writeFileSync(path.join(output, file), "x");
    }
    await removePageFiles([SPORT, "/feed.xml"], output);
    assert.ok(!existsSync(path.join(output, "sport/sport-result/index.html")));
    assert.ok(!existsSync(path.join(output, "feed.xml")));
    assert.ok(existsSync(path.join(output, "world/published-story-1/index.html")));
    await assert.rejects(removePageFiles(["/../outside/"], output), /outside the output folder/);
  });
});
