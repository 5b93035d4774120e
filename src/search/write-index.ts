import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { assertSafeUrl } from "../build/output-paths.ts";
import type { SearchIndexFile } from "./search-index.ts";

/** Writes the index files into the site folder; they bypass Eleventy so that they can be built while it runs. */
export async function writeSearchIndex(files: readonly SearchIndexFile[], siteDir: string): Promise<void> {
  const target = (file: SearchIndexFile) => path.join(siteDir, assertSafeUrl(file.url));
  for (const folder of new Set(files.map((file) => path.dirname(target(file))))) await mkdir(folder, { recursive: true });
  await Promise.all(files.map((file) => writeFile(target(file), file.body)));
}
