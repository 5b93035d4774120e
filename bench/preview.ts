/**
 * Preview latency: starts the preview server (`npm start`'s command with --input) on a
 * synthetic corpus, saves an edit to one article and times until the server serves the change.
 * Usage: tsx bench/preview.ts --size=10000 --edits=3 --pause=6000 (PREVIEW_DEBUG=1 also prints what the server prints).
 * --pause is the time between one edit being served and the next save: below the ~4 s the rest of the
 * site takes to follow an edit at 10,000 articles, the next save waits for part of that work.
 */
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { articleFile, editArticle, ensureCorpus } from "./corpus.ts";
import { median } from "./stats.ts";

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH, "..");
const { values } = parseArgs({
  options: {
    size: { type: "string", default: "10000" },
    edits: { type: "string", default: "3" },
    pause: { type: "string", default: "6000" },
    port: { type: "string", default: "8099" },
  },
});
const size = Number(values.size);
const port = Number(values.port);
// Outside the project: Eleventy's watcher skips gitignored folders such as bench/.corpus/.
const input = ensureCorpus(path.join(os.tmpdir(), "newsroom-bench-preview"), size);
const index = Math.floor(size / 3);
const url = `http://localhost:${port}/${path.dirname(articleFile(index, size).relative).split(path.sep).at(-1)}/${path.basename(articleFile(index, size).relative, ".md")}/`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(predicate: (body: string) => boolean, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    const body = await fetch(url).then(
      (response) => (response.ok ? response.text() : ""),
      () => "",
    );
    if (predicate(body)) return performance.now() - started;
    await sleep(20);
  }
  throw new Error(`${url} did not show the change within ${timeoutMs} ms`);
}

const server = spawn(
  path.join(ROOT, "node_modules/.bin/eleventy"),
  ["--config=.eleventy.ts", "--serve", `--port=${port}`, `--input=${input}`],
  {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: "--import tsx", NEWSROOM_CACHE_DIR: path.join(BENCH, ".corpus", `.cache-preview-${size}`) },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  },
);
server.stderr.on("data", (chunk: Buffer) => process.stderr.write(chunk));
server.stdout.on("data", (chunk: Buffer) => process.env.PREVIEW_DEBUG && process.stdout.write(chunk));
try {
  const startup = await waitFor((body) => body.includes("</html>"), 900_000);
  console.log(`first build served after ${(startup / 1000).toFixed(1)} s`);
  // Eleventy's watcher starts scanning only after the first build; an edit before it is ready is missed.
  await sleep(20_000);
  const results: number[] = [];
  for (let edit = 1; edit <= Number(values.edits); edit += 1) {
    editArticle(input, size, index, edit);
    const latency = await waitFor((body) => body.includes(`Edited paragraph number ${edit}.`), 300_000);
    results.push(latency);
    console.log(`edit ${edit}: served ${latency.toFixed(0)} ms after saving`);
    await sleep(Number(values.pause));
  }
  console.log(`preview at ${size} articles, saves ${values.pause} ms apart: median ${median(results).toFixed(0)} ms from save to served`);
} finally {
  editArticle(input, size, index, 0);
  if (server.pid) process.kill(-server.pid, "SIGTERM");
}
