import assert from "node:assert/strict";
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fixture, PROJECT_ROOT, runCli, temporaryFolder, type CliResult } from "./site.ts";

/**
 * A project of its own, as a newsroom has one: the drafts fixture (with a scheduled article) as
 * content/, a developer page in pages/, and the real code. Builds run the real CLI in it.
 */
export function project(): { root: string; content: string; output: string; cache: string } {
  const root = temporaryFolder();
  cpSync(fixture("drafts"), path.join(root, "content"), { recursive: true });
  mkdirSync(path.join(root, "pages"));
  writeFileSync(path.join(root, "pages/latest.njk"), "---\npermalink: /latest/\n---\n{{ newsroom.articles[0].title }}\n");
  for (const name of ["node_modules", ".eleventy.ts", "package.json"]) symlinkSync(path.join(PROJECT_ROOT, name), path.join(root, name));
  return { root, content: path.join(root, "content"), output: path.join(root, "_site"), cache: path.join(root, "cache") };
}

export function build(site: { root: string; output: string }, env: Record<string, string>, output = site.output): CliResult {
  const result = runCli("src/cli/build.ts", [`--output=${output}`], env, site.root);
  assert.equal(result.status, 0, result.stderr);
  return result;
}

export const unchanged = (result: CliResult) => /\(unchanged:/.test(result.stdout);

/** Every entry of a folder: path → bytes, inode and modification time. */
export function snapshot(folder: string): Map<string, { bytes: Buffer; ino: number; mtimeMs: number }> {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const stats = statSync(file);
      return [path.relative(folder, file), { bytes: readFileSync(file), ino: stats.ino, mtimeMs: stats.mtimeMs }];
    }),
  );
}

/** The output equals, byte for byte, what a cold build (no cache) writes with the same environment. */
export function assertSameAsCold(site: { root: string; output: string }, env: Record<string, string>): void {
  const cold = path.join(temporaryFolder(), "cold");
  build(site, { ...env, NEWSROOM_CACHE_DIR: "off" }, cold);
  const [got, want] = [snapshot(site.output), snapshot(cold)];
  assert.deepEqual([...got.keys()].sort(), [...want.keys()].sort());
  for (const [file, { bytes }] of want) assert.ok(bytes.equals(got.get(file)!.bytes), `${file} differs from the cold build's`);
}
