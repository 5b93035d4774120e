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
