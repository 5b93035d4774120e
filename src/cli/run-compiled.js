// Runs one of the TypeScript commands in `src/cli/` as JavaScript bundled by esbuild, so that a build
// does not load its ~100 modules through tsx's loader hooks, which slow its start-up. Plain
// JavaScript, because it runs before anything is compiled.
//   node src/cli/run-compiled.js build --input=content --output=_site
// The bundle is kept in node_modules/.cache/newsroom-compiled-<key>/, keyed by a hash of every source
// file, so any edit to src/, layouts/, the config or the dependencies compiles afresh (about 0.1 s).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { sourceFilesUnder } from "../cache/source-files.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SOURCES = ["src", "layouts", ".eleventy.ts", "tsconfig.json", "package-lock.json"];
const CACHE = path.join(ROOT, "node_modules", ".cache");
const PREFIX = "newsroom-compiled-";
/**
 * The build's threads, by the name `workerEntry` (src/util/worker-entry.ts) knows them by: bundled
 * too, so that a thread loads no TypeScript through tsx's loader.
 */
const WORKER_ENTRIES = { pool: "src/build/pool-tasks.ts", "search-index": "src/search/index-thread.ts" };
/** Written last: a folder without it was left by a compile that did not finish. */
const COMPLETE = "complete";
const CONFIG_MODULE = path.join(ROOT, "src", "build", "eleventy-config.ts");

/** A hash of the project's path and of every source file's name and content. */
export function sourceKey(root = ROOT) {
  const hash = createHash("sha256").update(root);
  for (const file of sourceFilesUnder(root, SOURCES)) hash.update(`\0${path.relative(root, file)}\0`).update(readFileSync(file));
  return hash.digest("hex").slice(0, 16);
}

/**
 * Each module's `import.meta.url` is replaced by its source file's URL, so paths the code finds
 * from it (the project root, the layouts, the search worker) are the same as when run from source;
 * and the build loads the compiled Eleventy config, not `.eleventy.ts`.
 * @param {string} compiledConfig
 * @returns {import("esbuild").Plugin}
 */
function sourceLocations(compiledConfig) {
  return {
    name: "source-locations",
    setup(build) {
      build.onLoad({ filter: /\.(ts|tsx)$/ }, (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        if (args.path === CONFIG_MODULE)
          return { contents: `export const ELEVENTY_CONFIG = ${JSON.stringify(compiledConfig)};`, loader: "js" };
        const url = JSON.stringify(pathToFileURL(args.path).href);
        const contents = readFileSync(args.path, "utf8").replaceAll("import.meta.url", url);
        return { contents, loader: args.path.endsWith(".tsx") ? "tsx" : "ts" };
      });
    },
  };
}

/**
 * Bundles `src/cli/<command>.ts` and `.eleventy.ts` (Node packages stay external) into `folder`,
 * through a temporary folder so that a concurrent or interrupted compile never leaves half a bundle.
 * @param {string} command
 * @param {string} folder
 */
export async function compile(command, folder) {
  const { build } = await import("esbuild");
  const temporary = `${folder}.tmp-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  await build({
    entryPoints: {
      [command]: path.join(ROOT, "src", "cli", `${command}.ts`),
      "eleventy-config": path.join(ROOT, ".eleventy.ts"),
      ...Object.fromEntries(Object.entries(WORKER_ENTRIES).map(([name, source]) => [`worker-${name}`, path.join(ROOT, source)])),
    },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    tsconfig: path.join(ROOT, "tsconfig.json"),
    // Folders under node_modules have no package scope, so `.js` there would be CommonJS.
    outExtension: { ".js": ".mjs" },
    outdir: temporary,
    logLevel: "silent",
    plugins: [sourceLocations(path.join(folder, "eleventy-config.mjs"))],
  });
  writeFileSync(path.join(temporary, COMPLETE), "");
  try {
    renameSync(temporary, folder);
  } catch (error) {
    // Another process compiled the same sources first: its bundle is as good.
    rmSync(temporary, { recursive: true, force: true });
    if (!existsSync(path.join(folder, COMPLETE))) throw error;
  }
}

/**
 * The folder holding `command` compiled from the current sources, compiling it if needed.
 * Bundles of older sources are deleted.
 * @param {string} command
 */
export async function compiledFolder(command) {
  const name = `${PREFIX}${command}-${sourceKey()}`;
  const folder = path.join(CACHE, name);
  // A bundle is renamed into place whole, so a folder without COMPLETE never exists to be cleared.
  if (!existsSync(path.join(folder, COMPLETE))) {
    mkdirSync(CACHE, { recursive: true });
    await compile(command, folder);
  }
  for (const other of readdirSync(CACHE)) {
    if (other.startsWith(`${PREFIX}${command}-`) && other !== name && !other.includes(".tmp-"))
      rmSync(path.join(CACHE, other), { recursive: true, force: true });
  }
  return folder;
}

/**
 * Tells `workerEntry` where the compiled threads are (the key is `COMPILED_WORKERS` of
 * src/util/worker-entry.ts).
 * @param {string} folder
 */
export function useCompiledWorkers(folder) {
  /** @type {Record<symbol, Record<string, string>>} */ (/** @type {unknown} */ (globalThis))[Symbol.for("newsroom.compiledWorkers")] =
    Object.fromEntries(Object.keys(WORKER_ENTRIES).map((name) => [name, pathToFileURL(path.join(folder, `worker-${name}.mjs`)).href]));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const command = process.argv[2] ?? "";
  if (!/^[a-z-]+$/.test(command) || !existsSync(path.join(ROOT, "src", "cli", `${command}.ts`))) {
    console.error(`run-compiled: no command "${command}" in src/cli/ (expected e.g. "build")`);
    process.exit(2);
  }
  const folder = await compiledFolder(command);
  // The command reads its own flags from process.argv, as when run from source.
  process.argv.splice(2, 1);
  useCompiledWorkers(folder);
  await import(pathToFileURL(path.join(folder, `${command}.mjs`)).href);
}
