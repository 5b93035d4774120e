import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { recoverAbandonedBuilds, releaseStagingFolder, stagingFolder } from "../../src/build/abandoned-builds.ts";
import { BUILD_MARKER, BUILD_SIGNATURE } from "../../src/build/build-marker.ts";
import { planUpdate, writeJournal } from "../../src/build/update-journal.ts";
import { stampTree } from "../../src/util/folder-digest.ts";
import { temporaryFolder } from "../helpers/site.ts";

const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid;

/** A folder as a build leaves it: marked, with one page. */
function folderWith(folder: string, text: string): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, BUILD_MARKER), BUILD_SIGNATURE);
  writeFileSync(path.join(folder, "index.html"), text);
}

function unmarkedFolderWith(folder: string, text: string): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "index.html"), text);
}

describe("recoverAbandonedBuilds", () => {
  it("removes staging folders of builds that no longer run and keeps those of running builds", async () => {
    const output = path.join(temporaryFolder(), "site");
    folderWith(output, "live site");
    folderWith(`${output}.staging-${deadPid()}-1`, "half written");
    folderWith(`${output}.staging-${process.ppid}-2`, "another process building");
    const running = stagingFolder(output, `${process.pid}-3`);
    folderWith(running, "this process building");
    const finished = stagingFolder(output, `${process.pid}-4`);
    folderWith(finished, "left by a failed build of this process");
    releaseStagingFolder(finished);

    await recoverAbandonedBuilds(output);
    assert.deepEqual(readdirSync(path.dirname(output)).sort(), ["site", path.basename(running), `site.staging-${process.ppid}-2`].sort());
    releaseStagingFolder(running);
  });

  it("puts a killed build's previous site back when there is no output, and drops it when there is", async () => {
    const output = path.join(temporaryFolder(), "site");
    folderWith(`${output}.previous-${deadPid()}-1`, "last good site");
    await recoverAbandonedBuilds(output);
    assert.equal(readFileSync(path.join(output, "index.html"), "utf8"), "last good site");

    folderWith(`${output}.previous-${deadPid()}-2`, "older site");
    await recoverAbandonedBuilds(output);
    assert.deepEqual(readdirSync(path.dirname(output)), ["site"]);
    assert.equal(readFileSync(path.join(output, "index.html"), "utf8"), "last good site");
  });

  it("completes the update in place that a killed build journalled, and removes its staging folder", async () => {
    const output = path.join(temporaryFolder(), "site");
    folderWith(output, "old home");
    mkdirSync(path.join(output, "gone"));
    writeFileSync(path.join(output, "gone/index.html"), "a deleted article");
    const staging = `${output}.staging-${deadPid()}-1`;
    folderWith(staging, "new home");
    mkdirSync(path.join(staging, "world"));
    writeFileSync(path.join(staging, "world/feed.xml"), "new feed");
    writeJournal(staging, planUpdate(staging, stampTree(output), new Set()));
    // Killed after its first move.
    mkdirSync(path.join(output, "world"));
    renameSync(path.join(staging, "world/feed.xml"), path.join(output, "world/feed.xml"));

    await recoverAbandonedBuilds(output);
    assert.deepEqual(readdirSync(path.dirname(output)), ["site"]);
    assert.equal(readFileSync(path.join(output, "index.html"), "utf8"), "new home");
    assert.equal(readFileSync(path.join(output, "world/feed.xml"), "utf8"), "new feed");
    assert.deepEqual(readdirSync(output).sort(), [BUILD_MARKER, "index.html", "world"].sort(), "the deleted article's folder is gone");
  });

  it("leaves folders named like a dead build's but without the build marker alone", async () => {
    const root = temporaryFolder();
    const output = path.join(root, "site");
    folderWith(output, "live site");
    unmarkedFolderWith(path.join(root, "site.previous-2024-06"), "someone's archive");
    unmarkedFolderWith(`${output}.previous-${deadPid()}-456`, "someone's own backup");
    unmarkedFolderWith(`${output}.staging-${deadPid()}-789`, "not a build's");
    const before = readdirSync(root).sort();

    await recoverAbandonedBuilds(output);
    assert.deepEqual(readdirSync(root).sort(), before);
    assert.equal(readFileSync(path.join(root, "site.previous-2024-06", "index.html"), "utf8"), "someone's archive");
  });

  it("does not put an unmarked folder named like a previous site in place of a missing output", async () => {
    const output = path.join(temporaryFolder(), "site");
    const backup = `${output}.previous-${deadPid()}-1`;
    unmarkedFolderWith(backup, "someone's own backup");
    await recoverAbandonedBuilds(output);
    assert.deepEqual(readdirSync(path.dirname(output)), [path.basename(backup)]);
    assert.equal(readFileSync(path.join(backup, "index.html"), "utf8"), "someone's own backup");
  });

  it("leaves unrelated folders and a missing parent alone", async () => {
    const root = temporaryFolder();
    const output = path.join(root, "site");
    folderWith(path.join(root, "site-staging-1-1"), "not ours");
    folderWith(path.join(root, "site.staging-notes"), "not ours");
    await recoverAbandonedBuilds(output);
    assert.deepEqual(readdirSync(root).sort(), ["site-staging-1-1", "site.staging-notes"]);
    await recoverAbandonedBuilds(path.join(root, "missing", "site"));
  });
});
