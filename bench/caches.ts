/**
 * `npm run bench:caches`: what each build cache saves. On a synthetic corpus it times a cold build,
 * a rebuild with nothing changed and a rebuild after one article's edit, first with every cache on
 * and then with each store turned off in turn (`NEWSROOM_CACHE_WITHOUT`, read by
 * src/cache/build-cache.ts), alternating within each run so that ratios hold on a noisy machine.
 * Flags: --size=2000 --runs=3 --without=parse,links,render,pages,search-terms (the stores to turn off in turn)
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { editArticle, ensureCorpus } from "./corpus.ts";
import { median } from "./stats.ts";

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH, "..");
const CORPUS_ROOT = path.join(BENCH, ".corpus");
const TIME = "/usr/bin/time";
const BUILD_NOW = "2026-06-01T00:00:00Z";
const SCENARIOS = ["cold", "unchanged", "edit"] as const;

type Scenario = (typeof SCENARIOS)[number];

interface Timing {
  without: string;
  scenario: Scenario;
  run: number;
  seconds: number;
  cpuSeconds: number | null;
}

const { values } = parseArgs({
  options: {
    size: { type: "string", default: "2000" },
    runs: { type: "string", default: "3" },
    without: { type: "string", default: "parse,links,render,pages,search-terms" },
  },
});

/** One build of `input` by our CLI (what `npm run build` runs), in a fresh process. */
function build(input: string, cache: string, without: string): { seconds: number; cpuSeconds: number | null } {
  const output = path.join(CORPUS_ROOT, ".out-caches");
  rmSync(output, { recursive: true, force: true });
  const report = path.join(os.tmpdir(), `bench-caches-${process.pid}.txt`);
  const args = ["src/cli/run-compiled.js", "build", `--input=${input}`, `--output=${output}`];
  const env = { ...process.env, BUILD_NOW, NEWSROOM_CACHE_DIR: cache, NEWSROOM_CACHE_WITHOUT: without };
  // The previous build's files are flushed first, so that their writeback is not timed here.
  spawnSync("sync");
  const started = performance.now();
  const timed = existsSync(TIME);
  const child = timed
    ? spawnSync(TIME, ["-f", "%U %S", "-o", report, process.execPath, ...args], { cwd: ROOT, env, encoding: "utf8", maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: "utf8", maxBuffer: 1 << 26 });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`The build failed:\n${(child.stderr ?? "").slice(-2000)}`);
  rmSync(output, { recursive: true, force: true });
  if (!timed || !existsSync(report)) return { seconds, cpuSeconds: null };
  const [user, system] = (readFileSync(report, "utf8").trim().split("\n").at(-1) ?? "").split(" ").map(Number);
  return { seconds, cpuSeconds: (user ?? 0) + (system ?? 0) };
}

function main(): void {
  const size = Number(values.size);
  const runs = Math.max(1, Number(values.runs));
  const configurations = ["", ...(values.without ?? "").split(",").filter(Boolean)];
  const input = ensureCorpus(CORPUS_ROOT, size);
  const cache = path.join(CORPUS_ROOT, ".cache-caches");
  const edited = Math.floor(size / 2);
  const timings: Timing[] = [];
  const file = path.join(BENCH, "results", `caches-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  for (let run = 1; run <= runs; run += 1) {
    // Rotated each run, so that no configuration always goes first.
    const order = configurations.map((_, index) => configurations[(index + run - 1) % configurations.length] ?? "");
    for (const without of order) {
      rmSync(cache, { recursive: true, force: true });
      editArticle(input, size, edited, 0);
      for (const scenario of SCENARIOS) {
        if (scenario === "edit") editArticle(input, size, edited, run);
        timings.push({ without, scenario, run, ...build(input, cache, without) });
        writeResults(file, size, timings);
        const last = timings.at(-1);
        console.log(
          `  run ${run} ${without || "all caches"} ${scenario}: ${last?.seconds.toFixed(2)} s, ${last?.cpuSeconds?.toFixed(2)} cpu s`,
        );
      }
      editArticle(input, size, edited, 0);
    }
  }
  rmSync(cache, { recursive: true, force: true });
  printMedians(timings, configurations);
  console.log(`\nResults written to ${path.relative(ROOT, file)}`);
}

/** Written after every build, so that a run stopped half-way still leaves its numbers. */
function writeResults(file: string, size: number, timings: readonly Timing[]): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), size, cpus: os.cpus().length, timings }, null, 2)}\n`);
}

/**
 * Medians per configuration and scenario of wall and CPU time, and of each run's ratio of CPU time
 * to the same run's with all caches on: CPU time is the steadier one when others share the machine.
 */
function printMedians(timings: readonly Timing[], configurations: readonly string[]): void {
  const of = (without: string, scenario: Scenario) => timings.filter((t) => t.without === without && t.scenario === scenario);
  const header = ["caches", ...SCENARIOS.flatMap((scenario) => [`${scenario} s`, `${scenario} cpu s`, `${scenario} cpu ×all`])];
  const rows = configurations.map((without) => [
    without ? `without ${without}` : "all on",
    ...SCENARIOS.flatMap((scenario) => {
      const mine = of(without, scenario);
      const ratios = mine.map((t) => (t.cpuSeconds ?? NaN) / (of("", scenario).find((base) => base.run === t.run)?.cpuSeconds ?? NaN));
      const cpu = mine.map((t) => t.cpuSeconds ?? NaN);
      return [median(mine.map((t) => t.seconds)).toFixed(2), median(cpu).toFixed(2), median(ratios).toFixed(2)];
    }),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  "));
}

main();
