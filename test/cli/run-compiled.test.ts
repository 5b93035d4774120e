import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { compiledFolder, sourceKey, useCompiledWorkers } from "../../src/cli/run-compiled.js";
import { RENDER_TASK } from "../../src/markdown/render-task.ts";
import { buildSearchIndexInBackground } from "../../src/search/build-in-worker.ts";
import { buildSearchIndex, type SearchDocument } from "../../src/search/search-index.ts";
import { openThreadPool } from "../../src/util/thread-pool.ts";
import { COMPILED_WORKERS } from "../../src/util/worker-entry.ts";
import { buildFixture, fixture, PROJECT_ROOT, runCli, temporaryFolder } from "../helpers/site.ts";

function filesUnder(folder: string): Map<string, Buffer> {
  const names = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    names.map((entry) => [
      path.relative(folder, path.join(entry.parentPath, entry.name)),
      readFileSync(path.join(entry.parentPath, entry.name)),
    ]),
  );
}

describe("the compiled build (npm run build)", () => {
  it("writes the same site, byte for byte, as the build run from the TypeScript sources", async () => {
    const fromSources = await buildFixture(fixture("basic"));
    const output = path.join(temporaryFolder(), "site");
    const result = runCli("src/cli/build.ts", [`--input=${fixture("basic")}`, `--output=${output}`], { NEWSROOM_CACHE_DIR: "off" });
    assert.equal(result.status, 0, result.stderr);
    const expected = filesUnder(fromSources.output);
    const actual = filesUnder(output);
    assert.ok(expected.size > 20, "the fixture builds a whole site");
    assert.deepEqual([...actual.keys()].sort(), [...expected.keys()].sort());
    for (const [name, content] of expected) assert.ok(content.equals(actual.get(name)!), `${name} differs`);
  });

  it("reuses its bundle while the sources are unchanged, and deletes bundles of older sources", async () => {
    const folder = await compiledFolder("build");
    const completed = statSync(path.join(folder, "complete")).mtimeMs;
    const stale = path.join(path.dirname(folder), "newsroom-compiled-build-0000000000000000");
    mkdirSync(stale, { recursive: true });
    assert.equal(await compiledFolder("build"), folder);
    assert.equal(statSync(path.join(folder, "complete")).mtimeMs, completed);
    assert.throws(() => statSync(stale), { code: "ENOENT" });
  });

  it("bundles the build's threads, which then run without tsx: the pool's tasks and the search index give what they give from source", async () => {
    const folder = await compiledFolder("build");
    const bundled = readdirSync(folder).filter((name) => name.endsWith(".mjs"));
    assert.ok(bundled.includes("worker-pool.mjs") && bundled.includes("worker-search-index.mjs"), bundled.join(", "));
    for (const name of bundled) assert.doesNotMatch(readFileSync(path.join(folder, name), "utf8"), /tsx\/esm\/api/, name);
    const bodies = ["## A “quoted” heading\n\nText.", "Plain *text*."];
    const documents: SearchDocument[] = Array.from({ length: 20 }, (_, id) => ({
      url: `/news/story-${id}/`,
      title: `Story ${id}`,
      section: "News",
      displayDate: "June 1, 2026",
      dateTime: "2026-06-01T00:00:00Z",
      excerpt: `Excerpt ${id}.`,
      text: `Body ${id} word${id % 3}.`,
    }));
    useCompiledWorkers(folder);
    const pool = openThreadPool({ threads: 1, threshold: 0 });
    try {
      assert.deepEqual(await pool.map(RENDER_TASK, bodies, { embedHosts: [] }), RENDER_TASK.run(bodies, { embedHosts: [] }));
      const files = await buildSearchIndexInBackground(documents, { threshold: 0 });
      const asText = (built: typeof files) =>
        built.map(({ url, body }) => ({ url, body: typeof body === "string" ? body : new TextDecoder().decode(body) }));
      assert.deepEqual(asText(files), asText(buildSearchIndex(documents)));
    } finally {
      pool.close();
      delete (globalThis as { [COMPILED_WORKERS]?: unknown })[COMPILED_WORKERS];
    }
  });

  it("starts the threads from the compiled entries it names", async () => {
    const folder = temporaryFolder();
    // Entries that do not exist: a thread that starts anyway was not started from them.
    useCompiledWorkers(folder);
    const pool = openThreadPool({ threads: 1, threshold: 0 });
    try {
      // Enough work that the pool's thread takes some of it beside the build's own thread.
      const bodies = Array.from({ length: 40 }, (_, index) => `## Part ${index}\n\n${"word ".repeat(20_000)}`);
      await assert.rejects(pool.map(RENDER_TASK, bodies, { embedHosts: [] }), /worker-pool\.mjs/);
    } finally {
      pool.close();
      delete (globalThis as { [COMPILED_WORKERS]?: unknown })[COMPILED_WORKERS];
    }
  });

  it("refuses a command that is not in src/cli/", () => {
    const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, "src/cli/run-compiled.js"), "../build"], { encoding: "utf8" });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /no command "\.\.\/build" in src\/cli\//);
  });
});

describe("sourceKey", () => {
  function project(): string {
    const root = temporaryFolder();
    mkdirSync(path.join(root, "src", "pages"), { recursive: true });
    mkdirSync(path.join(root, "layouts"));
    writeFileSync(path.join(root, "src", "pages", "render.ts"), "export const a = 1;");
    writeFileSync(path.join(root, "layouts", "Base.tsx"), "export const b = 2;");
    writeFileSync(path.join(root, ".eleventy.ts"), "export default () => {};");
    writeFileSync(path.join(root, "package-lock.json"), "{}");
    return root;
  }

  it("is the same for the same sources", () => {
    const root = project();
    assert.equal(sourceKey(root), sourceKey(root));
  });

  it("changes when a source file's content changes, anywhere in src, layouts, the config or the lock file", () => {
    for (const file of ["src/pages/render.ts", "layouts/Base.tsx", ".eleventy.ts", "package-lock.json"]) {
      const root = project();
      const before = sourceKey(root);
      writeFileSync(path.join(root, file), "changed", { flag: "a" });
      assert.notEqual(sourceKey(root), before, file);
    }
  });

  it("changes when a file is added or renamed", () => {
    const root = project();
    const before = sourceKey(root);
    writeFileSync(path.join(root, "src", "pages", "new.ts"), "");
    const added = sourceKey(root);
    assert.notEqual(added, before);
    renameSync(path.join(root, "src", "pages", "new.ts"), path.join(root, "src", "pages", "renamed.ts"));
    assert.notEqual(sourceKey(root), added);
  });
});
