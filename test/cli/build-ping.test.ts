import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { DEFAULT_BUILD_NOW, fixture, PROJECT_ROOT, temporaryFolder, type CliResult } from "../helpers/site.ts";

interface HubRequest {
  method: string;
  contentType: string;
  body: URLSearchParams;
}

/** A WebSub hub on 127.0.0.1 that records each request and answers as `answer` says. */
async function startHub(answer: (response: ServerResponse) => void = (response) => response.writeHead(202).end()) {
  const requests: HubRequest[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      requests.push({ method: request.method ?? "", contentType: request.headers["content-type"] ?? "", body: new URLSearchParams(body) });
      answer(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, requests, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hub` };
}

const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve())).finally(() => server.closeAllConnections());

/** A newsroom checkout whose site.json names the hub. */
function checkout(hub: string): string {
  const root = temporaryFolder();
  cpSync(fixture("basic"), path.join(root, "content"), { recursive: true });
  const siteFile = path.join(root, "content/_data/site.json");
  writeFileSync(siteFile, JSON.stringify({ ...JSON.parse(readFileSync(siteFile, "utf8")), websub: hub }));
  return root;
}

/** `npm run build -- --ping` in another process, without blocking this one, whose hub must answer meanwhile. */
function buildWithPing(root: string, env: Record<string, string> = {}): Promise<CliResult> {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, "src/cli/run-compiled.js"), "build", "--ping"], {
    cwd: root,
    // Each checkout keeps its own build cache, so that its second build can find the first's output unchanged.
    env: { ...process.env, BUILD_NOW: DEFAULT_BUILD_NOW, NEWSROOM_CACHE_DIR: path.join(root, "cache"), ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on("close", (status) => resolve({ status, stdout, stderr })));
}

const FEEDS = [
  "/feed.xml",
  "/feed.json",
  "/world/feed.xml",
  "/world/feed.json",
  "/sport/feed.xml",
  "/sport/feed.json",
  "/culture/feed.xml",
  "/culture/feed.json",
];
const absolute = (feeds: readonly string[]) => feeds.map((feed) => `https://gazette.example.com${feed}`).sort();

describe("npm run build -- --ping", () => {
  let hub: Awaited<ReturnType<typeof startHub>>;
  let root: string;
  before(async () => {
    hub = await startHub();
    root = checkout(hub.url);
  });
  after(() => close(hub.server));

  it("names the hub in every feed and posts each feed's URL to it, form-encoded", async () => {
    const result = await buildWithPing(root);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, "");
    assert.deepEqual(hub.requests.map((request) => request.body.get("hub.url")).sort(), absolute(FEEDS));
    for (const request of hub.requests) {
      assert.equal(request.method, "POST");
      assert.equal(request.contentType, "application/x-www-form-urlencoded");
      assert.equal(request.body.get("hub.mode"), "publish");
    }
    const atom = readFileSync(path.join(root, "_site/world/feed.xml"), "utf8");
    assert.ok(
      atom.includes(`<link rel="hub" href="${hub.url}"/>`) || atom.includes(`<link rel="hub" href="${hub.url}" />`),
      atom.slice(0, 600),
    );
    assert.match(atom, /<link rel="self" type="application\/atom\+xml" href="https:\/\/gazette\.example\.com\/world\/feed\.xml"/);
    assert.deepEqual(JSON.parse(readFileSync(path.join(root, "_site/feed.json"), "utf8")).hubs, [{ type: "WebSub", url: hub.url }]);
  });

  it("pings nothing when a second build changes no feed, such as one that leaves the output unchanged", async () => {
    hub.requests.length = 0;
    const result = await buildWithPing(root);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /\(unchanged:/);
    assert.deepEqual(hub.requests, []);
    assert.match(result.stdout, /^No feed changed: no hub pinged\.$/m);
  });

  it("pings only the feeds an edit changed", async () => {
    hub.requests.length = 0;
    const file = path.join(root, "content/articles/world/2026-01-07-world-story-7.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("Summary of world story 7.", "A new summary."));
    const result = await buildWithPing(root);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(
      hub.requests.map((request) => request.body.get("hub.url")).sort(),
      absolute(["/feed.xml", "/feed.json", "/world/feed.xml", "/world/feed.json"]),
    );
  });
});

describe("npm run build -- --ping with a hub that fails", () => {
  it("warns in one line per feed and still builds when the hub answers 500", async () => {
    const hub = await startHub((response) => response.writeHead(500).end());
    try {
      const result = await buildWithPing(checkout(hub.url));
      assert.equal(result.status, 0, result.stderr);
      const warnings = result.stderr.trim().split("\n");
      assert.equal(warnings.length, FEEDS.length);
      for (const line of warnings)
        assert.match(
          line,
          /^warning: --ping: the WebSub hub http:\/\/127\.0\.0\.1:\d+\/hub was not told about https:\/\/gazette\.example\.com\/\S+: it answered HTTP 500; /,
        );
    } finally {
      await close(hub.server);
    }
  });

  it("gives up on a hub that never answers and still builds", async () => {
    const hub = await startHub(() => {});
    try {
      const result = await buildWithPing(checkout(hub.url), { NEWSROOM_PING_TIMEOUT_MS: "200" });
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stderr, /^warning: --ping: .* it did not answer within 0\.2 s;/m);
      assert.match(result.stdout, /Pinged .* about 0 of 8 changed feeds\./);
    } finally {
      await close(hub.server);
    }
  });

  it("warns about a hub that cannot be reached and still builds", async () => {
    const hub = await startHub();
    await close(hub.server);
    const result = await buildWithPing(checkout(hub.url));
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /^warning: --ping: .* it could not be reached \(/m);
  });
});
