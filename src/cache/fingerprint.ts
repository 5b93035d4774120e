import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sourceFilesUnder } from "./source-files.js";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);

/** Bump when the shape of a cache entry changes. */
// render-3: shards in V8's serialisation format.
const CACHE_FORMAT = "render-3";
/** The code a rendered body depends on: a change to any of it must not reuse old entries. */
const RENDER_SOURCES = ["src/markdown", "src/articles/slug.ts", "src/articles/reading-time.ts"];
const RENDER_PACKAGES = ["markdown-it", "sanitize-html", "@sindresorhus/slugify", "@sindresorhus/transliterate"];

function sourceFiles(entry: string): string[] {
  const absolute = path.join(PROJECT_ROOT, entry);
  if (!entry.endsWith("/") && path.extname(entry) !== "") return [absolute];
  return readdirSync(absolute)
    .filter((name) => name.endsWith(".ts"))
    .sort()
    .map((name) => path.join(absolute, name));
}

function packageVersion(name: string): string {
  try {
    const main = require.resolve(name);
    let dir = path.dirname(main);
    while (path.basename(dir) !== path.basename(name)) dir = path.dirname(dir);
    return (JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version?: string }).version ?? "?";
  } catch {
    return "missing";
  }
}

/**
 * Identifies everything besides the Markdown itself that decides a rendered body: the renderer's
 * source, its libraries' versions and the site's options (e.g. embed hosts). Part of every key.
 */
export function renderFingerprint(options: unknown): string {
  const hash = createHash("sha256").update(CACHE_FORMAT).update(JSON.stringify(options));
  for (const file of RENDER_SOURCES.flatMap(sourceFiles)) hash.update(file.slice(PROJECT_ROOT.length)).update(readFileSync(file));
  for (const name of RENDER_PACKAGES) hash.update(`${name}@${packageVersion(name)}`);
  return hash.digest("hex").slice(0, 16);
}

/** Bump when the layout on disk of a store named by `codeFingerprint` changes outside `src/`. */
const CODE_FORMAT = "code-1";
/** Everything a page's HTML or a parsed article can depend on besides its data: all of our code, and every library's version. */
const CODE_SOURCES = ["src", "layouts", "package-lock.json"];

/**
 * Identifies the code of the page and parse caches. Rather than list the layouts' and parser's
 * imports, it covers all of `src/`, `layouts/` and the lock file: any code or dependency change
 * starts new stores, which costs one build the time of parsing and rendering everything.
 */
export function codeFingerprint(): string {
  // Both the parse and the page cache ask, once per build: the code does not change in between.
  codePrint ??= hashCodeSources();
  return codePrint;
}

let codePrint: string | undefined;

function hashCodeSources(): string {
  const hash = createHash("sha256").update(CODE_FORMAT);
  const files = sourceFilesUnder(PROJECT_ROOT, CODE_SOURCES).filter((file) => /\.(tsx?|jsx?|css|json)$/.test(file));
  for (const file of files) hash.update(file.slice(PROJECT_ROOT.length)).update(readFileSync(file));
  return hash.digest("hex").slice(0, 16);
}
