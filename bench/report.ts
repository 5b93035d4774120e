/**
 * What `npm run bench` prints: per tool and size the median of the runs and their spread, then per
 * size the ratios the performance targets are stated in, each taken within a run (bench/stats.ts).
 */
import os from "node:os";
import type { Measurement } from "./measure.ts";
import { fixed, formatPercent, formatRatio, formatSpread, pairedDifferences, pairedRatios, type Spread, spread } from "./stats.ts";
import type { Tool } from "./tools.ts";

/** The targets, by the corpus size each is set at; a size without one prints none. */
const TARGETS: Record<"overHugo" | "overFloor" | "editShare" | "unchanged", Readonly<Record<number, number>>> = {
  overHugo: { 10000: 0.8 },
  overFloor: { 10000: 2 },
  editShare: { 10000: 0.15, 100000: 0.1 },
  unchanged: { 10000: 1.5 },
};

function printTable(header: readonly string[], rows: readonly string[][], indent = ""): void {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
  for (const row of [header, ...rows])
    console.log(
      indent +
        row
          .map((cell, column) => cell.padEnd(widths[column] ?? 0))
          .join("  ")
          .trimEnd(),
    );
}

/** Every run's row, as measured. */
export function printRuns(results: readonly Measurement[]): void {
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
  printTable(["tool", "articles", "run", "wall s", "ms/article", "cpu s", "peak MB", "files", ""], rows);
}

/** Successful runs of one tool at one size. */
function runsOf(results: readonly Measurement[], tool: Tool, size: number): Measurement[] {
  return results.filter((r) => r.tool === tool && r.articles === size && r.ok);
}

/** One number per run of a tool at a size, keyed by run, for pairing with another tool's. */
function byRun(results: readonly Measurement[], tool: Tool, size: number, value: (r: Measurement) => number | null): Map<number, number> {
  return new Map(runsOf(results, tool, size).map((r) => [r.run, value(r) ?? Number.NaN]));
}

const wall = (r: Measurement) => r.seconds;
const cpu = (r: Measurement) => r.cpuSeconds;
const busy = (r: Measurement) => (r.cpuSeconds === null ? null : r.cpuSeconds / r.seconds);

/** Medians over the runs, with the spread of wall time; "cores busy" is CPU seconds per wall second. */
export function printSummary(results: readonly Measurement[], tools: readonly Tool[], sizes: readonly number[]): void {
  const rows: string[][] = [];
  for (const size of sizes) {
    for (const tool of tools) {
      const runs = runsOf(results, tool, size);
      const failed = results.filter((r) => r.tool === tool && r.articles === size && !r.ok).length;
      if (runs.length === 0 && failed === 0) continue;
      const middle = (value: (r: Measurement) => number | null) => spread(runs.map((r) => value(r) ?? Number.NaN)).median;
      rows.push([
        tool,
        String(size),
        failed > 0 ? `${runs.length} (${failed} failed)` : String(runs.length),
        formatSpread(spread(runs.map(wall)), 2),
        fixed(
          middle((r) => r.msPerArticle),
          3,
        ),
        fixed(middle(cpu), 2),
        fixed(middle(busy), 2),
        fixed(
          middle((r) => r.peakMb),
          0,
        ),
        fixed(
          middle((r) => r.files),
          0,
        ),
      ]);
    }
  }
  const header = ["tool", "articles", "runs", "wall s median (min–max)", "ms/article", "cpu s", "cores busy", "peak MB", "files"];
  printTable(header, rows);
}

function target(kind: keyof typeof TARGETS, size: number, value: Spread, show: (limit: number) => string): string {
  const limit = TARGETS[kind][size];
  if (limit === undefined || !Number.isFinite(value.median)) return "";
  return `≤ ${show(limit)}: ${value.median <= limit ? "met" : "MISSED"}`;
}

type Row = [string, string, string, string];

function ratioRows(results: readonly Measurement[], size: number): Row[] {
  const paired = (a: Tool, b: Tool, value: (r: Measurement) => number | null) =>
    spread(pairedRatios(byRun(results, a, size, value), byRun(results, b, size, value)));
  const rows: Row[] = [];
  // The cold build against another tool of the same run, when that tool ran.
  for (const [other, goal] of [
    ["hugo", "overHugo"],
    ["floor", "overFloor"],
  ] as const) {
    const over = paired("newsroom", other, wall);
    if (Number.isFinite(over.median))
      rows.push([
        `cold / ${other}`,
        formatRatio(over),
        formatRatio(paired("newsroom", other, cpu)),
        target(goal, size, over, (l) => `${l}x`),
      ]);
  }
  const cores = spread(runsOf(results, "newsroom", size).map((r) => busy(r) ?? Number.NaN));
  if (Number.isFinite(cores.median)) rows.push(["cold: cores busy", "", formatSpread(cores, 2), `of ${os.cpus().length}`]);
  const editShare = paired("newsroom-warm", "newsroom", wall);
  if (Number.isFinite(editShare.median))
    rows.push([
      "warm edit / cold",
      formatPercent(editShare),
      formatPercent(paired("newsroom-warm", "newsroom", cpu)),
      target("editShare", size, editShare, (l) => `${l * 100}%`),
    ]);
  return rows;
}

function rebuildRows(results: readonly Measurement[], size: number): Row[] {
  const rows: Row[] = [];
  const seconds = (tool: Tool, value: (r: Measurement) => number | null) =>
    spread(runsOf(results, tool, size).map((r) => value(r) ?? Number.NaN));
  const unchanged = seconds("newsroom-unchanged", wall);
  if (!Number.isFinite(unchanged.median)) return rows;
  rows.push([
    "unchanged rebuild",
    formatSpread(unchanged, 2, " s"),
    formatSpread(seconds("newsroom-unchanged", cpu), 2, " s"),
    target("unchanged", size, unchanged, (l) => `${l} s`),
  ]);
  rows.push([
    "edit cost (warm − unchanged)",
    formatSpread(editCost(results, size, wall), 2, " s"),
    formatSpread(editCost(results, size, cpu), 2, " s"),
    "",
  ]);
  return rows;
}

/** What an edit adds to a rebuild: the warm edit's time minus the same run's unchanged rebuild's. */
function editCost(results: readonly Measurement[], size: number, value: (r: Measurement) => number | null): Spread {
  return spread(pairedDifferences(byRun(results, "newsroom-warm", size, value), byRun(results, "newsroom-unchanged", size, value)));
}

/** Per size, the newsroom against the others and its rebuilds against its cold build; then the edit's cost by size. */
export function printRatios(results: readonly Measurement[], sizes: readonly number[]): void {
  for (const size of sizes) {
    const rows = [...ratioRows(results, size), ...rebuildRows(results, size)];
    if (rows.length === 0) continue;
    console.log(`\n${size} articles: median of the runs (min–max), each ratio taken within a run`);
    printTable(["newsroom", "wall", "cpu", "target (wall)"], rows, "  ");
  }
  const costs = sizes.map((size) => [size, editCost(results, size, wall)] as const).filter(([, cost]) => Number.isFinite(cost.median));
  if (costs.length > 1)
    console.log(`\nedit cost by size (wall s): ${costs.map(([size, cost]) => `${size}: ${formatSpread(cost, 2)}`).join(" · ")}`);
}
