/**
 * One timed build for `npm run bench`: a fresh process under GNU time, which reports the CPU time of
 * the build and of every thread and child process it starts, and its peak resident memory.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { CORPUS_ROOT, type Corpus, cacheFolder, command, hugoCacheFolder, ROOT, type Tool } from "./tools.ts";

const TIME = "/usr/bin/time";
const BUILD_NOW = "2026-06-01T00:00:00Z";

export const hasTime = existsSync(TIME);

export interface Measurement {
  corpus: string;
  tool: Tool;
  articles: number;
  run: number;
  /** Wall-clock seconds from starting the process to its exit. */
  seconds: number;
  msPerArticle: number;
  peakMb: number | null;
  /** User + system CPU seconds: steadier than wall time when others share the machine. */
  cpuSeconds: number | null;
  files: number;
  ok: boolean;
}

/** GNU time's last line, "%M %U %S" (it prints the child's exit status above it on failure). */
function timeReport(text: string): [number, number, number] {
  const last = text.trim().split("\n").at(-1) ?? "";
  const [peakKb, user, system] = last.split(" ").map(Number);
  return [peakKb ?? Number.NaN, user ?? Number.NaN, system ?? Number.NaN];
}

function countFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}

/**
 * The newsroom deletes a large old site in the background after its build (src/build/folder-tree.ts):
 * the next measurement starts once that is done, so that it is not charged the last one's deleting.
 */
function waitForOldSites(output: string): void {
  const parent = path.dirname(output);
  const old = (name: string) => name.startsWith(`${path.basename(output)}.previous-`);
  for (let waited = 0; waited < 120_000 && readdirSync(parent).some(old); waited += 100) spawnSync("sleep", ["0.1"]);
}

export interface Target {
  corpusName: string;
  corpus: Corpus;
  input: string;
  size: number;
  run: number;
}

/** Builds `target` with `tool` into an empty folder; the newsroom's cold build starts with empty caches. */
export function measure(tool: Tool, target: Target): Measurement {
  const { corpusName, corpus, input, size, run } = target;
  // The newsroom's rebuilds build into the folder its cold build wrote, as a server that rebuilds
  // its site does; every other build starts from no output.
  const rebuild = tool === "newsroom-warm" || tool === "newsroom-unchanged";
  const output = path.join(CORPUS_ROOT, `.out-${rebuild ? "newsroom" : tool}-${size}`);
  const cache = cacheFolder(corpusName, size);
  const hugoCache = hugoCacheFolder(corpusName, size);
  const { file, args, env } = command(tool, corpus, input, output, cache, hugoCache);
  if (tool === "newsroom") rmSync(cache, { recursive: true, force: true });
  if (tool === "hugo") rmSync(hugoCache, { recursive: true, force: true });
  if (!rebuild) rmSync(output, { recursive: true, force: true });
  const report = path.join(os.tmpdir(), `bench-time-${process.pid}.txt`);
  rmSync(report, { force: true });
  // The previous run's files are flushed first: their writeback would otherwise land in this run's
  // time (a warm build after a cold one would be charged the cold build's writes).
  waitForOldSites(output);
  spawnSync("sync");
  const options = { cwd: ROOT, env: { ...process.env, BUILD_NOW, ...env }, encoding: "utf8", maxBuffer: 1 << 26 } as const;
  const started = performance.now();
  const child = hasTime ? spawnSync(TIME, ["-f", "%M %U %S", "-o", report, file, ...args], options) : spawnSync(file, args, options);
  const seconds = (performance.now() - started) / 1000;
  const [peakKb, user, system] = existsSync(report) ? timeReport(readFileSync(report, "utf8")) : [Number.NaN, Number.NaN, Number.NaN];
  const ok = child.status === 0;
  if (!ok) console.error(`${tool} failed on ${size} articles:\n${(child.stderr ?? "").slice(-2000)}`);
  const files = countFiles(output);
  if (!tool.startsWith("newsroom")) rmSync(output, { recursive: true, force: true });
  return {
    corpus: corpusName,
    tool,
    articles: size,
    run,
    seconds,
    msPerArticle: (seconds * 1000) / size,
    peakMb: Number.isFinite(peakKb) ? peakKb / 1024 : null,
    cpuSeconds: Number.isFinite(user + system) ? user + system : null,
    files,
    ok,
  };
}
