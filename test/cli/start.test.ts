import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { DEFAULT_BUILD_NOW, fixture, PROJECT_ROOT, runCli, temporaryFolder } from "../helpers/site.ts";
import { freePort } from "../helpers/ports.ts";

const WAIT_MS = 90_000;

/** `npm start` exactly as package.json has it, on another port and against another folder. */
function startScript(port: number, input?: string, output?: string): string {
  const script = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: { start: string } }).scripts
    .start;
  assert.match(script, /--port=8080/);
  const folders = [input && `--input=${JSON.stringify(input)}`, output && `--output=${JSON.stringify(output)}`].filter(Boolean);
  return [script.replace("--port=8080", `--port=${port}`), ...folders].join(" ");
}

/** `npm start` in `cwd`, in its own process group so that stopping it stops Eleventy too. */
function startServer(command: string, cwd: string, env: Record<string, string> = {}): ChildProcess {
  return spawn("sh", ["-c", command], {
    cwd,
    env: {
      ...process.env,
      PATH: `${path.join(PROJECT_ROOT, "node_modules/.bin")}${path.delimiter}${process.env.PATH ?? ""}`,
      BUILD_NOW: DEFAULT_BUILD_NOW,
      ...env,
    },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Every file of a folder with the hash of its bytes. */
function treeHashes(folder: string): Record<string, string> {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const relative = files.map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name))).sort();
  return Object.fromEntries(
    relative.map((file) => [
      file,
      createHash("sha256")
        .update(readFileSync(path.join(folder, file)))
        .digest("hex"),
    ]),
  );
}

/** A plain GET like a browser navigation: fetch() would send `sec-fetch-mode: cors`, and the dev server adds its live-reload script only to navigations. */
function fetchText(url: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const request = get(url, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve(response.statusCode === 200 ? body : undefined));
    });
    request.on("error", () => resolve(undefined));
  });
}

/** Polls until the page satisfies `ready`, within a bounded time. */
async function waitForPage(url: string, ready: (html: string) => boolean, what: string): Promise<string> {
  const deadline = Date.now() + WAIT_MS;
  let last: string | undefined;
  while (Date.now() < deadline) {
    last = await fetchText(url);
    if (last !== undefined && ready(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} never showed ${what}; last response:\n${last ?? "(none)"}`);
}

describe("npm start, the preview server", { timeout: 5 * WAIT_MS }, () => {
  let server: ChildProcess;
  let base: string;
  let terminal = "";
  let article: string;

  before(async () => {
    const root = temporaryFolder();
    const content = path.join(root, "content");
    cpSync(fixture("drafts"), content, { recursive: true });
    article = path.join(content, "articles/2026-01-01-published-story-1.md");
    const port = await freePort();
    base = `http://localhost:${port}`;
    server = startServer(startScript(port, content, path.join(root, "_site")), PROJECT_ROOT);
    server.stdout?.on("data", (chunk: Buffer) => (terminal += chunk.toString()));
    server.stderr?.on("data", (chunk: Buffer) => (terminal += chunk.toString()));
  });

  after(() => {
    if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
  });

  const editTitle = (title: string) => {
    const text = readFileSync(article, "utf8");
    writeFileSync(article, text.replace(/^title: .*$/m, `title: ${title}`));
  };

  it("serves the site with Eleventy's live-reload client", async () => {
    const html = await waitForPage(`${base}/world/published-story-1/`, (page) => page.includes("Published story 1"), "the article");
    assert.match(html, /<script[^>]+reload-client\.js/);
  });

  it("shows drafts and scheduled articles, with their banners", async () => {
    const draft = await waitForPage(`${base}/world/unfinished-harbour-draft/`, () => true, "the draft");
    assert.match(draft, /class="status-banner"[^>]*>Draft: not published</);
    const scheduled = await waitForPage(`${base}/world/embargoed-budget-story/`, () => true, "the scheduled article");
    assert.match(scheduled, /class="status-banner"[^>]*>Scheduled for /);
  });

  it("serves an edit after the file is saved", async () => {
    editTitle("Harbour reopens after the storm");
    await waitForPage(
      `${base}/world/published-story-1/`,
      (page) => page.includes("<h1>Harbour reopens after the storm</h1>"),
      "the new headline",
    );
  });

  it("shows a content error in the terminal and in the browser without stopping", async () => {
    editTitle('""');
    const html = await waitForPage(`${base}/world/published-story-1/`, (page) => page.includes("Content errors"), "the content errors");
    assert.match(html, /published-story-1\.md:2: title: is empty \(expected the headline as text\)/);
    assert.match(terminal, /published-story-1\.md:2: title: is empty \(expected the headline as text\)\n/);
    assert.doesNotMatch(terminal, /^\[11ty\]\s+at /m, "no stack trace");
    assert.equal(server.exitCode, null, "the server is still running");
  });

  it("recovers when the file is fixed", async () => {
    editTitle("Harbour fully reopened");
    await waitForPage(`${base}/world/published-story-1/`, (page) => page.includes("<h1>Harbour fully reopened</h1>"), "the fixed article");
    await waitForPage(
      `${base}/`,
      (page) => page.includes("Harbour fully reopened") && !page.includes("Content errors"),
      "the home page again",
    );
  });
});

describe("npm start beside a production build", { timeout: 3 * WAIT_MS }, () => {
  it("writes its drafts and banners into its own folder and leaves _site byte for byte as it was", async () => {
    // A project of its own: the real config and packages, the drafts fixture as content/, and _site/ built from it.
    const root = temporaryFolder();
    cpSync(fixture("drafts"), path.join(root, "content"), { recursive: true });
    for (const name of ["node_modules", ".eleventy.ts", "package.json"]) symlinkSync(path.join(PROJECT_ROOT, name), path.join(root, name));
    const cache = path.join(root, "cache");
    const built = runCli("src/cli/build.ts", [], { NEWSROOM_CACHE_DIR: cache }, root);
    assert.equal(built.status, 0, built.stderr);
    const site = path.join(root, "_site");
    const before = treeHashes(site);
    assert.ok(Object.keys(before).length > 20, "the production site was built");

    const port = await freePort();
    // tsx reads tsconfig.json (JSX for Preact) from the working folder, the project's root when run there.
    const tsconfig = { TSX_TSCONFIG_PATH: path.join(PROJECT_ROOT, "tsconfig.json") };
    const server = startServer(startScript(port), root, { NEWSROOM_CACHE_DIR: cache, ...tsconfig });
    const exited = new Promise((resolve) => server.once("exit", resolve));
    try {
      const draft = await waitForPage(`http://localhost:${port}/world/unfinished-harbour-draft/`, () => true, "the draft");
      assert.match(draft, /Draft: not published/);
    } finally {
      if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
    }
    await exited;
    assert.deepEqual(treeHashes(site), before);
    assert.ok(
      existsSync(path.join(cache, "preview", "world", "unfinished-harbour-draft", "index.html")),
      "the preview wrote into its own folder",
    );
  });
});

describe("npm start refusing to run", { timeout: 2 * WAIT_MS }, () => {
  const run = (output: string | undefined, env: Record<string, string>) => {
    const result = spawnSync("sh", ["-c", startScript(8080, fixture("drafts"), output)], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        PATH: `${path.join(PROJECT_ROOT, "node_modules/.bin")}${path.delimiter}${process.env.PATH ?? ""}`,
        BUILD_NOW: DEFAULT_BUILD_NOW,
        ...env,
      },
      encoding: "utf8",
      timeout: WAIT_MS,
    });
    return { status: result.status, lines: result.stderr.trimEnd().split("\n") };
  };

  it("stops with one line when told to write into a production build, which it leaves as it was", () => {
    const site = path.join(temporaryFolder(), "_site");
    const built = runCli("src/cli/build.ts", [`--input=${fixture("drafts")}`, `--output=${site}`]);
    assert.equal(built.status, 0, built.stderr);
    const before = treeHashes(site);
    const { status, lines } = run(site, { NEWSROOM_CACHE_DIR: temporaryFolder() });
    assert.equal(status, 1);
    assert.deepEqual(lines, [
      `[newsroom] Preview: --output=${site}/: holds files but no preview .newsroom-build marker, so no preview made it (expected a new or empty folder, or one an earlier preview made)`,
    ]);
    assert.deepEqual(treeHashes(site), before);
  });

  it("stops with one line naming an invalid BUILD_NOW", () => {
    const { status, lines } = run(undefined, { NEWSROOM_CACHE_DIR: temporaryFolder(), BUILD_NOW: "tomorrow" });
    assert.notEqual(status, 0);
    assert.deepEqual(lines, ['BUILD_NOW: "tomorrow" is not a valid date (expected an ISO date-time such as 2026-11-28T12:00:00Z)']);
  });
});
