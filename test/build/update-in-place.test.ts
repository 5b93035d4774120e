import assert from "node:assert/strict";
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { assertSameAsCold, build, project, snapshot, unchanged } from "../helpers/rebuilds.ts";
import { fixture, runCli } from "../helpers/site.ts";

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

  it("leaves published images in place as the cached files, and makes again one a tool rewrote in the output", () => {
    const site = project();
    const env = { NEWSROOM_CACHE_DIR: site.cache };
    mkdirSync(path.join(site.content, "images"));
    cpSync(fixture("reader-basic/images/pier.jpg"), path.join(site.content, "images/pier.jpg"));
    const article = path.join(site.content, EDITED);
    const photo = "image:\n  src: /images/pier.jpg\n  alt: A wooden pier\n";
    writeFileSync(article, readFileSync(article, "utf8").replace("section: world\n", `section: world\n${photo}`));
    build(site, env);
    const images = () => [...snapshot(site.output)].filter(([file]) => /\.(avif|webp|jpe?g)$/.test(file));
    const before = images();
    // A hard link made again would change the file's change time: a file left in place keeps it.
    const changed = () => images().map(([file]) => [file, statSync(path.join(site.output, file)).ctimeMs]);
    const changedBefore = changed();
    assert.ok(before.length >= 3, "the photo in each format");
    const cached = new Set(
      readdirSync(path.join(site.cache, "images"), { recursive: true, encoding: "utf8" })
        .map((name) => path.join(site.cache, "images", name))
        .map((file) => statSync(file).ino),
    );
    for (const [file, { ino }] of before) assert.ok(cached.has(ino), `${file} is the cached file, not a copy`);

    appendFileSync(article, "\nOne more line.\n");
    const folder = folderInode(site.output);
    build(site, env);
    assert.equal(folderInode(site.output), folder, "updated in place");
    assert.deepEqual(
      images().map(([file, { ino }]) => [file, ino]),
      before.map(([file, { ino }]) => [file, ino]),
      "every image left where it was",
    );
    assert.deepEqual(changed(), changedBefore, "and not linked again");
    assertSameAsCold(site, env);

    // Rewriting a published image rewrites the cached file it is: the cache must not trust it again.
    const [tampered] = before[0]!;
    const published = path.join(site.output, tampered);
    // An optimiser's output of the same size: only the file's time tells it from the cached one.
    writeFileSync(published, Buffer.alloc(statSync(published).size, 1));
    appendFileSync(article, "\nAnd another.\n");
    build(site, env);
    assertSameAsCold(site, env);
  });
});
