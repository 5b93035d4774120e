import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { buildSite } from "../../src/build/build-site.ts";
import { DEFAULT_BUILD_NOW, fixture, openSite, PROJECT_ROOT, temporaryFolder } from "../helpers/site.ts";

const CLI = path.join(PROJECT_ROOT, "src/cli/build.ts");

/** Every file of a folder with the hash of its bytes: equal trees are byte-for-byte equal. */
function treeHashes(folder: string): Record<string, string> {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
  return Object.fromEntries(
    files.map((file) => [
      file,
      createHash("sha256")
        .update(readFileSync(path.join(folder, file)))
        .digest("hex"),
    ]),
  );
}

function siblingsOf(output: string): string[] {
  return readdirSync(path.dirname(output)).filter((name) => name !== path.basename(output));
}

async function build(input: string, output: string, buildNow = DEFAULT_BUILD_NOW): Promise<void> {
  const previous = process.env.BUILD_NOW;
  process.env.BUILD_NOW = buildNow;
  try {
    await buildSite({ input, output });
  } finally {
    if (previous === undefined) delete process.env.BUILD_NOW;
    else process.env.BUILD_NOW = previous;
  }
}

/** `npm run build` in a child process; `shellPrefix` can set limits such as `ulimit -f`. */
function runBuild(input: string, output: string, env: Record<string, string>, shellPrefix = ""): { status: number | null; stderr: string } {
  const command = `${shellPrefix} exec "${process.execPath}" --import tsx "${CLI}" --input="${input}" --output="${output}"`;
  const result = spawnSync("bash", ["-c", command], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, BUILD_NOW: "2026-11-28T12:00:00Z", ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, stderr: result.stderr };
}

function copyOf(folder: string): string {
  const input = path.join(temporaryFolder("newsroom-staging-"), "input");
  cpSync(folder, input, { recursive: true });
  return input;
}

describe("the published build is never lost or stale", () => {
  it("leaves the previous output byte for byte unchanged when content is invalid", async () => {
    const input = copyOf(fixture("hardening-base"));
    const output = path.join(temporaryFolder(), "site");
    await build(input, output);
    const before = treeHashes(output);
    writeFileSync(path.join(input, "articles/news/broken.md"), "---\ntitle: Broken\nsection: nowhere\n---\n\nNo date.\n");

    await assert.rejects(build(input, output), /content errors?/);
    assert.deepEqual(treeHashes(output), before);
    assert.deepEqual(siblingsOf(output), [], "no staging folder is left");
  });

  it("leaves no staging folder when the build fails after its page folders were started (a missing image)", async () => {
    const output = path.join(temporaryFolder(), "site");
    await build(fixture("hardening-base"), output);
    const before = treeHashes(output);

    // A slow xargs: folders still being made when the build fails must not outlive its clean-up.
    const slowTools = temporaryFolder();
    const xargs = spawnSync("sh", ["-c", "command -v xargs"], { encoding: "utf8" }).stdout.trim();
    const done = path.join(slowTools, "done");
    writeFileSync(path.join(slowTools, "xargs"), `#!/bin/sh\nsleep 1\n${xargs} "$@"\ntouch "${done}"\n`, { mode: 0o755 });
    const searchPath = process.env.PATH;
    process.env.PATH = `${slowTools}${path.delimiter}${searchPath}`;
    try {
      await assert.rejects(build(fixture("reader-missing-image"), output), /content error/);
    } finally {
      process.env.PATH = searchPath;
    }
    for (let tries = 0; !existsSync(done) && tries < 100; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(existsSync(done), "the build started making its page folders");
    assert.deepEqual(treeHashes(output), before);
    assert.deepEqual(siblingsOf(output), [], "no staging folder is left");
  });

  it("leaves the previous output unchanged when writing fails half-way, and the next build clears what it left", async () => {
    const output = path.join(temporaryFolder(), "site");
    await build(fixture("hardening-base"), output);
    const before = treeHashes(output);
    // 4 KiB per file: the stylesheet and search index are larger, so the write fails with EFBIG.
    const failed = runBuild(fixture("basic"), output, {}, "ulimit -f 4;");
    assert.notEqual(failed.status, 0);
    assert.match(
      failed.stderr,
      /^--output=.+: cannot write .+: the file is too large for this system's limits \(EFBIG\); the last good site, if any, was left unchanged$/m,
    );
    assert.doesNotMatch(failed.stderr, /^\s+at /m, "no stack trace");
    assert.deepEqual(treeHashes(output), before);

    await build(fixture("basic"), output);
    assert.ok(openSite(output).exists("/world/world-story-1/"), "the next build is published");
    assert.deepEqual(siblingsOf(output), [], "the half-written staging folder is gone");
  });

  it("puts the last good site back when a build was killed between its two renames", async () => {
    const output = path.join(temporaryFolder(), "site");
    await build(fixture("hardening-base"), output);
    const before = treeHashes(output);
    const exited = spawnSync(process.execPath, ["-e", ""]);
    const killedBuildBackup = `${output}.previous-${exited.pid}-1700000000000`;
    cpSync(output, killedBuildBackup, { recursive: true });
    rmSync(output, { recursive: true });
    const input = copyOf(fixture("hardening-base"));
    writeFileSync(path.join(input, "articles/news/broken.md"), "---\ntitle: Broken\n---\n");

    await assert.rejects(build(input, output), /content error/);
    assert.deepEqual(treeHashes(output), before);
    assert.deepEqual(siblingsOf(output), []);
  });

  it("removes the page of a deleted article and every link to it on the next build", async () => {
    const input = copyOf(fixture("basic"));
    const output = path.join(temporaryFolder(), "site");
    await build(input, output);
    assert.ok(openSite(output).exists("/world/world-story-7/"));
    rmSync(path.join(input, "articles/world/2026-01-07-world-story-7.md"));

    await build(input, output);
    const site = openSite(output);
    assert.ok(!site.exists("/world/world-story-7/"));
    const links = site
      .page("/world/")
      .querySelectorAll("a")
      .map((a) => a.getAttribute("href"));
    assert.ok(!links.includes("/world/world-story-7/"));
    assert.ok(!readFileSync(path.join(output, "sitemap.xml"), "utf8").includes("world-story-7"), "the sitemap forgot it too");
  });

  it("gives byte-identical output whatever the time zone, file times or file order", () => {
    const root = temporaryFolder("newsroom-deterministic-");
    const sample = path.join(PROJECT_ROOT, "content");
    const reordered = path.join(root, "reordered");
    const files = readdirSync(sample, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    // Created in reverse order and all dated 2001, unlike the checkout.
    for (const entry of files.reverse()) {
      const relative = path.relative(sample, path.join(entry.parentPath, entry.name));
      mkdirSync(path.dirname(path.join(reordered, relative)), { recursive: true });
      cpSync(path.join(sample, relative), path.join(reordered, relative));
      utimesSync(path.join(reordered, relative), new Date("2001-02-03T04:05:06Z"), new Date("2001-02-03T04:05:06Z"));
    }
    const outputs = [
      { input: sample, tz: "UTC" },
      { input: sample, tz: "Pacific/Kiritimati" },
      { input: reordered, tz: "America/St_Johns" },
    ].map(({ input, tz }, index) => {
      const output = path.join(root, `site-${index}`);
      const result = runBuild(input, output, { TZ: tz });
      assert.equal(result.status, 0, result.stderr);
      return treeHashes(output);
    });
    assert.ok(Object.keys(outputs[0]!).length > 20, "the sample site was built");
    assert.deepEqual(outputs[1], outputs[0]);
    // The editor's config names the content folder's path in its repository: the copy lies elsewhere.
    const { "admin/config.yml": _copyConfig, ...copy } = outputs[2]!;
    const { "admin/config.yml": _sampleConfig, ...original } = outputs[0]!;
    assert.deepEqual(copy, original);
  });
});
