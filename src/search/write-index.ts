import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { mapConcurrently } from "../util/map-concurrently.ts";
import { pageFile } from "../urls/output-paths.ts";
import type { SearchIndexFile } from "./search-index.ts";

/** Files written at once: writing all of them at once would hold every file's buffer at the end of the build. */
const IN_FLIGHT = 16;

/** Writes the index files into the site folder, after the pages: the index is built while they are written. */
export async function writeSearchIndex(files: readonly SearchIndexFile[], siteDir: string): Promise<void> {
  const targets = files.map((file) => ({ path: pageFile(siteDir, file.url), body: file.body }));
  for (const folder of new Set(targets.map((target) => path.dirname(target.path)))) await mkdir(folder, { recursive: true });
  await mapConcurrently(targets, IN_FLIGHT, (target) => writeFile(target.path, target.body));
}
