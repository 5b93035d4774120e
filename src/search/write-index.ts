import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { pageFile } from "../build/write-pages.ts";
import type { SearchIndexFile } from "./search-index.ts";

/** Writes the index files into the site folder, after the pages: the index is built while they are written. */
export async function writeSearchIndex(files: readonly SearchIndexFile[], siteDir: string): Promise<void> {
  const targets = files.map((file) => pageFile(siteDir, file.url));
  for (const folder of new Set(targets.map((file) => path.dirname(file)))) await mkdir(folder, { recursive: true });
  await Promise.all(files.map((file, index) => writeFile(targets[index] ?? "", file.body)));
}
