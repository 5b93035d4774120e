/**
 * Hostile inputs whose cost must stay linear: an article of thousands of headings, and YAML aliases
 * that would expand to millions of values. Each runs through the real commands; the time bounds are
 * generous, since they catch a quadratic or exponential cost, not a slow machine.
 * Usage: npm run bench:hostile [-- --headings=5000]
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({ options: { headings: { type: "string", default: "5000" } } });
const headings = Number(values.headings);

interface Case {
  name: string;
  command: "build" | "check";
  article: string;
  /** Whether the command must succeed (a site) or fail (a content error). */
  succeeds: boolean;
  boundSeconds: number;
}

const FRONT = "---\ntitle: Hostile\ndate: 2026-01-02T09:00:00Z\nsection: news\n";
const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]"]
  .concat("bcdefgh".split("").map((name, index) => `${name}: &${name} [${Array(9).fill(`*${"abcdefgh"[index]}`).join(", ")}]`))
  .join("\n");

const CASES: Case[] = [
  {
    name: `${headings} headings with one text`,
    command: "build",
    article: `${FRONT}---\n\n${Array.from({ length: headings }, () => "## Results\n\nText.\n").join("\n")}`,
    succeeds: true,
    boundSeconds: 60,
  },
  {
    name: "aliases expanding to 43 million tags",
    command: "check",
    article: `${FRONT}${bomb}\ntags: *h\n---\n\nText.\n`,
    succeeds: false,
    boundSeconds: 20,
  },
];

let failed = false;
for (const item of CASES) {
  const folder = mkdtempSync(path.join(os.tmpdir(), "newsroom-hostile-"));
  const content = path.join(folder, "content");
  cpSync(path.join(ROOT, "test/fixtures/hardening-base"), content, { recursive: true });
  writeFileSync(path.join(content, "articles/news/hostile.md"), item.article);
  const args = [path.join(ROOT, "src/cli/run-compiled.js"), item.command, "--input=content"];
  if (item.command === "build") args.push("--output=site");
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: folder, encoding: "utf8" });
  const seconds = (performance.now() - started) / 1000;
  const outcomeRight = (result.status === 0) === item.succeeds;
  const ok = outcomeRight && seconds <= item.boundSeconds;
  failed ||= !ok;
  console.log(
    `${ok ? "ok  " : "FAIL"} ${item.name}: ${item.command} ${result.status === 0 ? "succeeded" : "failed"} in ${seconds.toFixed(2)} s (bound ${item.boundSeconds} s)`,
  );
  if (!outcomeRight) console.log(result.stderr.split("\n").slice(0, 3).join("\n"));
}
process.exitCode = failed ? 1 : 0;
