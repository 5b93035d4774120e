/**
 * `npm run bench`: builds synthetic corpora with our real CLI, Hugo and bare Eleventy, alternating
 * the tools within each run so that ratios hold on a noisy machine.
 * Flags: --sizes=1000,10000,50000 --tools=newsroom,hugo,eleventy --runs=1 --no-warm --corpus=synthetic|newsroom
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { editArticle, ensureCorpus } from "./corpus.ts";
import { editNewsroomArticle, ensureNewsroomCorpus } from "./newsroom-corpus.ts";

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH, "..");
const CORPUS_ROOT = path.join(BENCH, ".corpus");
const TIME = "/usr/bin/time";
const BUILD_NOW = "2026-06-01T00:00:00Z";

export type Tool = "newsroom" | "newsroom-warm" | "hugo" | "hugo-warm" | "eleventy";

export interface Measurement {
  tool: Tool;
  articles: number;
  run: number;
  seconds: number;
  msPerArticle: number;
  peakMb: number | null;
  /** User + system CPU seconds: steadier than wall time when others share the machine. */
  cpuSeconds: number | null;
  files: number;
  ok: boolean;
}

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000,50000" },
    tools: { type: "string", default: "newsroom,hugo,eleventy" },
    runs: { type: "string", default: "1" },
    "no-warm": { type: "boolean", default: false },
    corpus: { type: "string", default: "synthetic" },
  },
});

const hasTime = existsSync(TIME);
/** The newsroom corpus has press photos: Hugo's twin makes responsive images, with its own image cache. */
const photos = values.corpus === "newsroom";
const ensure = photos ? ensureNewsroomCorpus : ensureCorpus;
const edit = photos ? editNewsroomArticle : editArticle;
const hasHugo = spawnSync("hugo", ["version"], { encoding: "utf8" }).status === 0;

/** Hugo's caches, processed images included (bench/hugo-photos/hugo.yaml puts them under --cacheDir). */
const hugoCache = (input: string) => path.join(CORPUS_ROOT, `.cache-hugo-${path.basename(input)}`);

function command(tool: Tool, input: string, output: string): { file: string; args: string[]; env: NodeJS.ProcessEnv } {
  const cache = path.join(CORPUS_ROOT, `.cache-${path.basename(input)}`);
  switch (tool) {
    case "newsroom":
    case "newsroom-warm":
      // What `npm run build` runs, without npm's own start-up.
      return {
        file: process.execPath,
        args: ["src/cli/run-compiled.js", "build", `--input=${input}`, `--output=${output}`],
        env: { NEWSROOM_CACHE_DIR: cache },
      };
    case "hugo":
    case "hugo-warm":
      return {
        file: "hugo",
        args: [
          "--quiet",
          ...["--source", path.join(BENCH, photos ? "hugo-photos" : "hugo"), "--contentDir", path.join(input, "articles")],
          ...["--destination", output],
          ...(photos ? ["--cacheDir", hugoCache(input)] : []),
        ],
        env: photos ? { HUGO_ASSETDIR: path.join(input, "images") } : {},
      };
    case "eleventy":
      return {
        file: path.join(ROOT, "node_modules/.bin/eleventy"),
        args: [
          "--quiet",
          `--config=${path.join(BENCH, "bare-eleventy/eleventy.config.js")}`,
          `--input=${path.join(input, "articles")}`,
          `--output=${output}`,
        ],
        env: {},
      };
  }
}

/** GNU time's last line, "%M %U %S" (it prints the child's exit status above it on failure). */
function timeReport(text: string): [number, number, number] {
  const last = text.trim().split("\n").at(-1) ?? "";
  const [peakKb, user, system] = last.split(" ").map(Number);
  return [peakKb ?? NaN, user ?? NaN, system ?? NaN];
}

function countFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}

function measure(tool: Tool, size: number, run: number, input: string): Measurement {
  const output = path.join(CORPUS_ROOT, `.out-${tool}-${size}`);
  const { file, args, env } = command(tool, input, output);
  if (tool === "newsroom") rmSync(env.NEWSROOM_CACHE_DIR ?? "", { recursive: true, force: true });
  if (tool === "hugo" && photos) rmSync(hugoCache(input), { recursive: true, force: true });
  rmSync(output, { recursive: true, force: true });
  const report = path.join(os.tmpdir(), `bench-time-${process.pid}.txt`);
  // The previous run's files are flushed first: their writeback would otherwise land in this run's
  // time (a warm build after a cold one would be charged the cold build's writes).
  spawnSync("sync");
  const started = performance.now();
  const child = hasTime
    ? spawnSync(TIME, ["-f", "%M %U %S", "-o", report, file, ...args], {
        cwd: ROOT,
        env: { ...process.env, BUILD_NOW, ...env },
        encoding: "utf8",
        maxBuffer: 1 << 26,
      })
    : spawnSync(file, args, { cwd: ROOT, env: { ...process.env, BUILD_NOW, ...env }, encoding: "utf8", maxBuffer: 1 << 26 });
  const seconds = (performance.now() - started) / 1000;
  const [peakKb, user, system] = hasTime && existsSync(report) ? timeReport(readFileSync(report, "utf8")) : [NaN, NaN, NaN];
  const ok = child.status === 0;
  if (!ok) console.error(`${tool} failed on ${size} articles:\n${(child.stderr ?? "").slice(-2000)}`);
  const files = countFiles(output);
  rmSync(output, { recursive: true, force: true });
  return {
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

function printTable(results: Measurement[]): void {
  const rows = results.map((r) => [
    r.tool,
    String(r.articles),
    String(r.run),
    r.seconds.toFixed(2),
    r.msPerArticle.toFixed(3),
    r.cpuSeconds === null ? "n/a" : r.cpuSeconds.toFixed(2),
    r.peakMb === null ? "n/a" : r.peakMb.toFixed(0),
    String(r.files),
    r.ok ? "" : "FAILED",
  ]);
  const header = ["tool", "articles", "run", "wall s", "ms/article", "cpu s", "peak MB", "files", ""];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  "));
}

function main(): void {
  const sizes = (values.sizes ?? "")
    .split(",")
    .map(Number)
    .filter((size) => size > 0);
  const requested = (values.tools ?? "").split(",") as Tool[];
  const runs = Math.max(1, Number(values.runs));
  if (!hasTime) console.log(`${TIME} is missing: peak memory is not measured (install Debian's "time" package: apt-get install -y time).`);
  if (requested.includes("hugo") && !hasHugo) console.log("hugo is not installed: skipping it (Debian: apt-get install -y hugo).");
  const tools = requested.filter((tool) => tool !== "hugo" || hasHugo);
  if (tools.includes("newsroom") && !values["no-warm"]) tools.splice(tools.indexOf("newsroom") + 1, 0, "newsroom-warm");
  if (photos && tools.includes("hugo") && !values["no-warm"]) tools.splice(tools.indexOf("hugo") + 1, 0, "hugo-warm");
  const results: Measurement[] = [];
  for (let run = 1; run <= runs; run += 1) {
    for (const size of sizes) {
      const input = ensure(CORPUS_ROOT, size);
      // Rotated each run so that no tool always goes first on a cold disk cache.
      const order = tools.map((_, index) => tools[(index + run - 1) % tools.length] as Tool);
      for (const tool of order) {
        if (tool === "newsroom-warm" || tool === "hugo-warm") continue;
        results.push(measure(tool, size, run, input));
        console.log(`  ${tool} ${size}: ${results.at(-1)?.seconds.toFixed(2)} s`);
        if (tool === "newsroom" && tools.includes("newsroom-warm")) {
          // As CI does after an editor's commit: one article changed, a fresh process, the cache kept.
          edit(input, size, Math.floor(size / 2), run);
          results.push(measure("newsroom-warm", size, run, input));
          edit(input, size, Math.floor(size / 2), 0);
          console.log(`  newsroom-warm ${size}: ${results.at(-1)?.seconds.toFixed(2)} s`);
        }
        if (tool === "hugo" && tools.includes("hugo-warm")) {
          edit(input, size, Math.floor(size / 2), run);
          results.push(measure("hugo-warm", size, run, input));
          edit(input, size, Math.floor(size / 2), 0);
          console.log(`  hugo-warm ${size}: ${results.at(-1)?.seconds.toFixed(2)} s`);
        }
      }
    }
  }
  printTable(results);
  mkdirSync(path.join(BENCH, "results"), { recursive: true });
  const file = path.join(BENCH, "results", `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  const machine = {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), machine, results }, null, 2)}\n`);
  console.log(`\nResults written to ${path.relative(ROOT, file)}`);
}

main();
