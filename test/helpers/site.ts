import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse, type HTMLElement } from "node-html-parser";
import { BUILD_MARKER, BUILD_SIGNATURE } from "../../src/build/build-marker.ts";
import { buildSite } from "../../src/build/build-site.ts";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const fixture = (name: string) => path.join(PROJECT_ROOT, "test/fixtures", name);
export const DEFAULT_BUILD_NOW = "2026-06-01T00:00:00Z";

const made: string[] = [];
// Each test file runs in its own process: what it made goes when it ends, passed or failed.
process.once("exit", () => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

/** A new empty folder under the system's temporary folder, removed when the test process ends. */
export function temporaryFolder(prefix = "newsroom-test-"): string {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(folder);
  return folder;
}

export interface BuiltSite {
  output: string;
  exists(url: string): boolean;
  read(url: string): string;
  page(url: string): HTMLElement;
}

/** Output file of a site URL, as a static host maps it. */
export function outputFileOf(output: string, url: string): string {
  const clean = url.split("#")[0] ?? url;
  return path.join(output, clean.endsWith("/") ? `${clean}index.html` : clean);
}

export function openSite(output: string): BuiltSite {
  return {
    output,
    exists: (url) => existsSync(outputFileOf(output, url)),
    read: (url) => readFileSync(outputFileOf(output, url), "utf8"),
    page: (url) => parse(readFileSync(outputFileOf(output, url), "utf8")),
  };
}

/** Runs the real Eleventy build in this process, as `npm run build` does. */
export async function buildFixture(input: string, buildNow = DEFAULT_BUILD_NOW): Promise<BuiltSite> {
  const output = path.join(temporaryFolder(), "site");
  const previous = process.env.BUILD_NOW;
  process.env.BUILD_NOW = buildNow;
  try {
    await buildSite({ input, output });
  } finally {
    if (previous === undefined) delete process.env.BUILD_NOW;
    else process.env.BUILD_NOW = previous;
  }
  return openSite(output);
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

const PACKAGE_SCRIPTS: Record<string, string> = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")).scripts;

/**
 * Runs a command in `src/cli/` as its npm script does (compiled by `src/cli/run-compiled.js`, or
 * through tsx), in a separate process, as editors do.
 */
export function runCli(script: string, args: string[], env: Record<string, string> = {}, cwd = PROJECT_ROOT): CliResult {
  const command = path.basename(script, ".ts");
  const compiled = PACKAGE_SCRIPTS[command]?.startsWith("node src/cli/run-compiled.js ");
  // Resolved here, not from `cwd`, so that a CLI can run inside a temporary copy of a fixture.
  const entry = compiled
    ? [path.join(PROJECT_ROOT, "src/cli/run-compiled.js"), command]
    : ["--import", import.meta.resolve("tsx"), path.join(PROJECT_ROOT, script)];
  const result = spawnSync(process.execPath, [...entry, ...args], {
    cwd,
    env: { ...process.env, BUILD_NOW: DEFAULT_BUILD_NOW, ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** An output folder holding a previous good build, to prove a failed build leaves it untouched. */
export function previousOutput(): string {
  const output = path.join(temporaryFolder(), "site");
  mkdirSync(output);
  writeFileSync(path.join(output, BUILD_MARKER), BUILD_SIGNATURE);
  writeFileSync(path.join(output, "index.html"), "previous build");
  return output;
}
