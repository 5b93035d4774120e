import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { setTimeout } from "node:timers/promises";
import { assertSameAsCold, build, project, snapshot, unchanged } from "../helpers/rebuilds.ts";
import { DEFAULT_BUILD_NOW, fixture, PROJECT_ROOT, runCli } from "../helpers/site.ts";

describe("a build with nothing changed", () => {
  it("leaves every output file as it was, same bytes, inode and time, and says it was unchanged", () => {
    const site = project();
    const env = { NEWSROOM_CACHE_DIR: site.cache };
    assert.ok(!unchanged(build(site, env)), "the first build runs");
    const before = snapshot(site.output);
    const second = build(site, env);
    assert.ok(unchanged(second), second.stdout);
    assert.match(second.stdout, /^Built \d+ files from content into _site in [\d.]+ s/);
    assert.deepEqual(snapshot(site.output), before);
  });

  it("is still unchanged at a later build time on the same day, when nothing in the site depends on it", () => {
    const site = project();
    const env = { NEWSROOM_CACHE_DIR: site.cache };
    build(site, env);
    assert.ok(unchanged(build(site, { ...env, BUILD_NOW: "2026-06-01T12:00:00Z" })));
    assert.ok(!unchanged(build(site, { ...env, BUILD_NOW: "2026-05-31T23:00:00Z" })), "an earlier build time is not in the window");
  });

  it("skips again in a fresh copy of the same content, since content is compared by what it holds", () => {
    const site = project();
    const env = { NEWSROOM_CACHE_DIR: site.cache };
    build(site, env);
    const checkout = path.join(site.root, "checkout");
    cpSync(site.content, checkout, { recursive: true });
    rmSync(site.content, { recursive: true });
    cpSync(checkout, site.content, { recursive: true });
    assert.ok(unchanged(build(site, env)));
  });

  it("never skips with NEWSROOM_CACHE_DIR=off", () => {
    const site = project();
    build(site, { NEWSROOM_CACHE_DIR: "off" });
    assert.ok(!unchanged(build(site, { NEWSROOM_CACHE_DIR: "off" })));
  });
});

describe("a build after one change", () => {
  const changes: [string, (site: ReturnType<typeof project>) => void][] = [
    [
      "an article edited",
      (site) => appendFileSync(path.join(site.content, "articles/2026-01-01-published-story-1.md"), "\nOne more line.\n"),
    ],
    [
      "an image added and shown",
      (site) => {
        cpSync(fixture("distribution-news/images/quay.png"), path.join(site.content, "images/quay.png"));
        appendFileSync(path.join(site.content, "articles/2026-01-02-published-story-2.md"), "\n![The quay at dawn](/images/quay.png)\n");
      },
    ],
    [
      "a data file changed",
      (site) => {
        const file = path.join(site.content, "_data/site.json");
        writeFileSync(file, readFileSync(file, "utf8").replace("Fixture Gazette", "Fixture Herald"));
      },
    ],
    [
      "a developer page changed",
      (site) => writeFileSync(path.join(site.root, "pages/latest.njk"), "---\npermalink: /latest/\n---\nNewest first\n"),
    ],
  ];
  for (const [change, make] of changes) {
    it(`rebuilds after ${change}, as a cold build would`, () => {
      const site = project();
      const env = { NEWSROOM_CACHE_DIR: site.cache };
      build(site, env);
      mkdirSync(path.join(site.content, "images"), { recursive: true });
      make(site);
      assert.ok(!unchanged(build(site, env)));
      assertSameAsCold(site, env);
    });
  }

  it("publishes a scheduled article once the build time passes its date, as a cold build at that time does", () => {
    const site = project();
    const env = { NEWSROOM_CACHE_DIR: site.cache };
    build(site, env);
    const later = { ...env, BUILD_NOW: "2026-07-01T09:00:00Z" };
    assert.ok(!unchanged(build(site, later)));
    assert.match(readFileSync(path.join(site.output, "index.html"), "utf8"), /Embargoed budget story/);
    assertSameAsCold(site, later);
  });

  it("writes the new year in the footer once the build time passes 1 January", () => {
    const site = project();
    const env = { NEWSROOM_CACHE_DIR: site.cache, BUILD_NOW: "2026-12-31T23:59:00Z" };
    build(site, env);
    const next = { ...env, BUILD_NOW: "2027-01-01T00:00:00Z" };
    assert.ok(!unchanged(build(site, next)));
    assert.match(readFileSync(path.join(site.output, "index.html"), "utf8"), /© 2027/);
    assertSameAsCold(site, next);
  });

  it("rebuilds when an output file was edited or deleted by hand", () => {
    const site = project();
    const env = { NEWSROOM_CACHE_DIR: site.cache };
    build(site, env);
    const page = path.join(site.output, "world/published-story-1/index.html");
    writeFileSync(page, readFileSync(page, "utf8").replace("Published body 1.", "Edited by hand."));
    assert.ok(!unchanged(build(site, env)));
    assert.match(readFileSync(page, "utf8"), /Published body 1\./);
    rmSync(path.join(site.output, "404.html"));
    assert.ok(!unchanged(build(site, env)));
    assertSameAsCold(site, env);
  });
});

describe("a failed build after a good one", () => {
  it("does not leave a manifest that skips: broken content fails every time, and its fix rebuilds", () => {
    const site = project();
    const env = { NEWSROOM_CACHE_DIR: site.cache };
    build(site, env);
    const article = path.join(site.content, "articles/2026-01-01-published-story-1.md");
    const good = readFileSync(article, "utf8");
    writeFileSync(article, good.replace("date: 2026-01-01T08:00:00Z", "date: not a date"));
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const failed = runCli("src/cli/build.ts", [`--output=${site.output}`], env, site.root);
      assert.equal(failed.status, 1, "the broken content fails the build again, never skips");
    }
    writeFileSync(article, good);
    assert.ok(!unchanged(build(site, env)), "the output is built again once the content is fixed");
    assert.ok(unchanged(build(site, env)));
  });

  it("rebuilds, as a cold build would, after a build of changed content was killed while it ran", async () => {
    const site = project();
    const env = { NEWSROOM_CACHE_DIR: site.cache };
    build(site, env);
    appendFileSync(path.join(site.content, "articles/2026-01-01-published-story-1.md"), "\nA line the killed build never published.\n");
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, "src/cli/run-compiled.js"), "build", `--output=${site.output}`], {
      cwd: site.root,
      env: { ...process.env, BUILD_NOW: DEFAULT_BUILD_NOW, ...env },
      stdio: "ignore",
    });
    const exited = once(child, "exit");
    // Killed once its staging folder exists: the build is under way, its output not yet swapped in.
    while (!readdirSync(site.root).some((name) => name.startsWith("_site.staging-"))) await setTimeout(10);
    child.kill("SIGKILL");
    await exited;
    assert.doesNotMatch(readFileSync(path.join(site.output, "world/published-story-1/index.html"), "utf8"), /never published/);
    assert.ok(!unchanged(build(site, env)));
    assertSameAsCold(site, env);
  });
});
