import assert from "node:assert/strict";
import { appendFileSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { assertSameAsCold, build, project, snapshot, unchanged } from "../helpers/rebuilds.ts";
import { runCli } from "../helpers/site.ts";

const EDITED = "articles/2026-01-01-published-story-1.md";
const folderInode = (folder: string) => statSync(folder).ino;
/** Whatever a build leaves beside its output folder (staging folders, a previous site). */
const besideOutput = (site: { root: string }) => readdirSync(site.root).filter((name) => name.startsWith("_site."));

describe("a build after one edit, with the last build's output as it left it", () => {
  it("updates that output in place: the pages the edit does not change stay the same files", () => {
    const site = project();
    const env = { NEWSROOM_CACHE_DIR: site.cache };
    build(site, env);
    const before = snapshot(site.output);
    const folder = folderInode(site.output);
    appendFileSync(path.join(site.content, EDITED), "\nOne more line.\n");
    assert.ok(!unchanged(build(site, env)));

    assert.equal(folderInode(site.output), folder, "the same output folder, not a new one swapped in");
    const after = snapshot(site.output);
    const page = "world/published-story-1/index.html";
    assert.match(after.get(page)!.bytes.toString("utf8"), /One more line\./);
    assert.notEqual(after.get(page)!.ino, before.get(page)!.ino);
    const sport = "sport/sport-result/index.html";
    assert.equal(after.get(sport)!.ino, before.get(sport)!.ino, "an article the edit does not show on stays the same file");
    assert.deepEqual(besideOutput(site), []);
    assertSameAsCold(site, env);
    assert.ok(unchanged(build(site, env)), "the updated output is recorded as what the build wrote");
  });

  it("deletes the pages of a deleted article and the folders they leave empty", () => {
    const site = project();
    const env = { NEWSROOM_CACHE_DIR: site.cache };
    build(site, env);
    rmSync(path.join(site.content, "articles/2026-01-04-sport-result.md"));
    build(site, env);
    assert.ok(!readdirSync(path.join(site.output, "sport")).includes("sport-result"));
    assertSameAsCold(site, env);
  });

  it("leaves the output as it was, file for file, when the build fails", () => {
    const site = project();
    const env = { NEWSROOM_CACHE_DIR: site.cache };
    build(site, env);
    const before = snapshot(site.output);
    const article = path.join(site.content, EDITED);
    writeFileSync(article, readFileSync(article, "utf8").replace("date: 2026-01-01T08:00:00Z", "date: not a date"));
    assert.equal(runCli("src/cli/build.ts", [`--output=${site.output}`], env, site.root).status, 1);
    assert.deepEqual(snapshot(site.output), before);
    assert.deepEqual(besideOutput(site), []);
  });

  it("builds a whole new site instead when an output file was changed by hand since", () => {
    const site = project();
    const env = { NEWSROOM_CACHE_DIR: site.cache };
    build(site, env);
    writeFileSync(path.join(site.output, "stray.html"), "dropped in by hand");
    const folder = folderInode(site.output);
    appendFileSync(path.join(site.content, EDITED), "\nOne more line.\n");
    build(site, env);
    assert.notEqual(folderInode(site.output), folder, "a new output folder swapped in");
    assertSameAsCold(site, env);
  });
});
