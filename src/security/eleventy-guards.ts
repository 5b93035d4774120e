import { existsSync } from "node:fs";
import path from "node:path";
import { ContentError } from "../articles/content-issue.ts";

/**
 * Globs that keep every file of the content folder out of Eleventy's template search, so that a
 * `*.11ty.js` file in content never runs. Eleventy matches `**\/*` against relative paths only
 * and searches an input folder outside the working directory by its absolute path.
 */
export function contentFolderIgnores(inputDir: string, cwd = process.cwd()): string[] {
  // Relative, because Eleventy strips the leading slash of an absolute ignore glob.
  const relative = path.relative(cwd, path.resolve(cwd, inputDir)).split(path.sep).join("/");
  return ["**/*", relative === "" ? "**" : `${relative}/**`];
}

/**
 * Eleventy imports every `.js` file in its data folder before any of our code runs, and the data
 * folder lives inside the content folder; the project points it at a name that must not exist.
 */
export function refuseEleventyDataFolder(dataDir: string, cwd = process.cwd()): void {
  if (!existsSync(dataDir)) return;
  throw new ContentError([
    {
      severity: "error",
      file: path.relative(cwd, dataDir) || ".",
      message: "is a folder whose scripts Eleventy would run (expected no such folder: site data goes in _data/*.json)",
    },
  ]);
}

/**
 * Eleventy takes the working folder off the front of an absolute path as text, so a content folder
 * beside the project whose path starts with the project's (`/news/paper-content` from `/news/paper`)
 * loses part of its name and the build fails deep inside Eleventy. The build command gives Eleventy
 * a relative path (`eleventyInput` in src/build/run-eleventy.ts); Eleventy's own CLI (the preview)
 * passes what was typed, so such a path is refused here with the one that works.
 */
export function refuseMisreadContentFolder(inputDir: string, cwd = process.cwd()): void {
  const root = cwd.split(path.sep).join("/").replace(/\/$/, "");
  const input = inputDir.split(path.sep).join("/");
  if (!path.isAbsolute(inputDir) || !input.startsWith(root) || input === root || input.startsWith(`${root}/`)) return;
  const relative = path.relative(cwd, inputDir).split(path.sep).join("/");
  throw new ContentError([
    {
      severity: "error",
      file: inputDir,
      message: `is a content folder whose path begins with the working folder's (${cwd}) but lies outside it, which Eleventy misreads (expected it relative to the working folder: --input=${relative})`,
    },
  ]);
}
