/**
 * `npm run bench`: builds a corpus with our real CLI, Hugo, the Node floor (bench/floor.mjs) and bare
 * Eleventy in one invocation, alternating the tools within each run so that ratios hold on a noisy
 * machine, and prints per tool and size the median of the runs with their spread, then the ratios
 * the performance targets are stated in (bench/report.ts).
 * After the newsroom's cold build (empty caches) come two rebuilds, each a fresh process with the
 * caches kept: `newsroom-warm` after one article's edit, then `newsroom-unchanged` with nothing changed.
 * Flags:
 *   --sizes=1000,10000       corpus sizes, in articles
 *   --tools=newsroom,hugo,floor,eleventy
 *   --runs=3                 runs of every tool at every size; medians and spreads are over these
 *   --corpus=synthetic       an entry of CORPORA in bench/tools.ts (the corpus and its Hugo twin):
 *                            synthetic, newsroom (press photos), newsroom-webp-jpeg (the same, two formats)
 *   --no-warm                the newsroom's cold build only, without its two rebuilds
 *   --verbose                also print every run's row
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { editOneArticle } from "./edit.ts";
import { hasTime, type Measurement, measure, type Target } from "./measure.ts";
import { printRatios, printRuns, printSummary } from "./report.ts";
import { BENCH, CORPORA, REBUILDS, ROOT, TOOLS, type Tool } from "./tools.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000" },
    tools: { type: "string", default: TOOLS.join(",") },
    runs: { type: "string", default: "3" },
    corpus: { type: "string", default: "synthetic" },
    "no-warm": { type: "boolean", default: false },
    verbose: { type: "boolean", default: false },
  },
});

function requestedTools(): Tool[] {
  const requested = (values.tools ?? "").split(",").filter(Boolean);
  const unknown = requested.filter((tool) => !(TOOLS as readonly string[]).includes(tool));
  if (unknown.length > 0) throw new Error(`unknown tools ${unknown.join(", ")} (expected some of ${TOOLS.join(", ")})`);
  if (!hasTime) console.log("/usr/bin/time is missing: CPU time and peak memory are not measured (Debian: apt-get install -y time).");
  const hasHugo = spawnSync("hugo", ["version"], { encoding: "utf8" }).status === 0;
  if (requested.includes("hugo") && !hasHugo) console.log("hugo is not installed: skipping it (Debian: apt-get install -y hugo).");
  return requested.filter((tool) => tool !== "hugo" || hasHugo) as Tool[];
}

/** Written after every build, so that a run stopped half-way still leaves its numbers. */
function writeResults(file: string, results: readonly Measurement[]): void {
  const machine = {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), flags: values, machine, results }, null, 2)}\n`);
}

/** The newsroom's cold build, then, unless --no-warm, its rebuilds after an edit and with nothing changed. */
function newsroomBuilds(target: Target, record: (m: Measurement) => void): void {
  record(measure("newsroom", target));
  if (values["no-warm"]) return;
  // As CI does after an editor's commit: one article changed, a fresh process, the caches kept.
  const restore = editOneArticle(target.input, target.run);
  try {
    for (const rebuild of REBUILDS) record(measure(rebuild, target));
  } finally {
    restore();
  }
}

function main(): void {
  const corpusName = values.corpus ?? "";
  const corpus = CORPORA[corpusName];
  if (!corpus) throw new Error(`unknown corpus "${corpusName}" (expected one of ${Object.keys(CORPORA).join(", ")})`);
  const sizes = (values.sizes ?? "")
    .split(",")
    .map(Number)
    .filter((size) => size > 0);
  const runs = Math.max(1, Number(values.runs));
  const tools = requestedTools();
  const results: Measurement[] = [];
  const file = path.join(BENCH, "results", `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  const record = (measurement: Measurement) => {
    results.push(measurement);
    writeResults(file, results);
    const { tool, articles, run, seconds, cpuSeconds } = measurement;
    console.log(`  run ${run} ${tool} ${articles}: ${seconds.toFixed(2)} s, ${cpuSeconds?.toFixed(2) ?? "n/a"} cpu s`);
  };
  for (let run = 1; run <= runs; run += 1) {
    for (const size of sizes) {
      const target: Target = { corpusName, corpus, input: corpus.ensure(size), size, run };
      // Rotated each run so that no tool always goes first on a cold disk cache.
      const order = tools.map((_, index) => tools[(index + run - 1) % tools.length] as Tool);
      for (const tool of order) {
        if (tool === "newsroom") newsroomBuilds(target, record);
        else record(measure(tool, target));
        // With photos, Hugo's warm image cache too: the same edit as the newsroom's warm rebuild.
        if (tool === "hugo" && corpus.photos && !values["no-warm"]) {
          const restore = editOneArticle(target.input, target.run);
          try {
            record(measure("hugo-warm", target));
          } finally {
            restore();
          }
        }
      }
    }
  }
  console.log(`\n${corpusName} corpus, ${runs} run${runs === 1 ? "" : "s"}, ${os.cpus().length} cores`);
  if (values.verbose) printRuns(results);
  const rebuildsOf = (tool: Tool): Tool[] => {
    if (values["no-warm"]) return [];
    if (tool === "newsroom") return [...REBUILDS];
    return tool === "hugo" && corpus.photos ? ["hugo-warm"] : [];
  };
  const shown = tools.flatMap((tool) => [tool, ...rebuildsOf(tool)]);
  printSummary(results, shown, sizes);
  printRatios(results, sizes);
  console.log(`\nResults written to ${path.relative(ROOT, file)}`);
}

main();
