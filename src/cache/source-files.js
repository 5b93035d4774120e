import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

/**
 * The files of `entries` under `root`, as sorted absolute paths: an entry with a dot is a file,
 * any other a folder listed at every depth; entries that do not exist are left out. Plain
 * JavaScript, because the compiled build's launcher (src/cli/run-compiled.js) hashes the sources
 * with it before anything is compiled, as the build cache's code versions (code-version.ts) do.
 * @param {string} root
 * @param {readonly string[]} entries
 * @returns {string[]}
 */
export function sourceFilesUnder(root, entries) {
  return entries.flatMap((entry) => {
    const absolute = path.join(root, entry);
    if (!existsSync(absolute)) return [];
    if (entry.includes(".")) return [absolute];
    return readdirSync(absolute, { recursive: true, withFileTypes: true })
      .filter((file) => file.isFile())
      .map((file) => path.join(file.parentPath, file.name))
      .sort();
  });
}
