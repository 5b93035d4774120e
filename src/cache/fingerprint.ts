import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);

/** Bump when the shape of a cache entry changes. */
const CACHE_FORMAT = "render-2";
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
