import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkBuildFolders } from "../build/build-folders.ts";
import { markAsBuildFolder } from "../build/build-marker.ts";
import { removeFolder } from "../build/folder-tree.ts";
import { cacheFolder } from "../cache/build-cache.ts";
import { processFolder } from "../util/process-folder.ts";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
// Kept on globalThis: Eleventy evaluates the config again when it changes, and the preview keeps one folder.
const TEMPORARY = Symbol.for("newsroom.previewFolder");

/**
 * Where the preview server writes and serves from: `preview/` in the build cache folder, or a
 * temporary folder when caching is off. Never the production output, which holds no drafts,
 * banners or `noindex`.
 */
export function previewOutputFolder(env: NodeJS.ProcessEnv = process.env): string {
  const cache = cacheFolder({ env, projectRoot: PROJECT_ROOT });
  if (cache !== undefined) return path.join(cache, "preview");
  const memo = globalThis as { [TEMPORARY]?: string };
  // Removed when the preview stops: it holds drafts' pages, which no one needs once it is gone.
  memo[TEMPORARY] ??= processFolder("newsroom-preview-");
  return memo[TEMPORARY];
}

/**
 * Empties the folder an earlier preview left and marks it as the preview's, so that a page of an
 * article deleted since is not served. Refuses, as a build does, any folder the preview did not make.
 */
export async function preparePreviewFolder(input: string, output: string): Promise<void> {
  await checkBuildFolders({ input, output, projectRoot: PROJECT_ROOT, kind: "preview" });
  await removeFolder(output);
  await mkdir(output, { recursive: true });
  await markAsBuildFolder(output, "preview");
}
