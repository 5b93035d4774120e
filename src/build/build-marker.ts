import { lstat, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Every folder a build or the preview makes holds this file, as Cargo's `CACHEDIR.TAG` marks a
 * cache: they replace or delete only a folder that carries it, never one that merely has the right name.
 */
export const BUILD_MARKER = ".newsroom-build";
export const BUILD_SIGNATURE = "Signature: newsroom-ssg build output; the next build replaces this folder whole\n";
/** The preview's own signature: a build never replaces the preview's folder, nor the preview a build's. */
export const PREVIEW_SIGNATURE = "Signature: newsroom-ssg preview output; the next preview empties this folder\n";

export type FolderKind = "build" | "preview";

const SIGNATURES: Record<FolderKind, string> = { build: BUILD_SIGNATURE, preview: PREVIEW_SIGNATURE };

export async function markAsBuildFolder(folder: string, kind: FolderKind = "build"): Promise<void> {
  await writeFile(path.join(folder, BUILD_MARKER), SIGNATURES[kind]);
}

/** A real folder (not a link to one) holding the marker as a regular file that starts with the signature. */
export async function isBuildFolder(folder: string, kind: FolderKind = "build"): Promise<boolean> {
  try {
    if (!(await lstat(folder)).isDirectory()) return false;
    const marker = path.join(folder, BUILD_MARKER);
    if (!(await lstat(marker)).isFile()) return false;
    return (await readFile(marker, "utf8")).startsWith(SIGNATURES[kind]);
  } catch {
    return false;
  }
}
