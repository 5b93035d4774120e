import { lstat, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Every folder a build makes holds this file, as Cargo's `CACHEDIR.TAG` marks a cache: the build
 * replaces or deletes only a folder that carries it, never one that merely has the right name.
 */
export const BUILD_MARKER = ".newsroom-build";
export const BUILD_SIGNATURE = "Signature: newsroom-ssg build output; the next build replaces this folder whole\n";

export async function markAsBuildFolder(folder: string): Promise<void> {
  await writeFile(path.join(folder, BUILD_MARKER), BUILD_SIGNATURE);
}

/** A real folder (not a link to one) holding the marker as a regular file that starts with the signature. */
export async function isBuildFolder(folder: string): Promise<boolean> {
  try {
    if (!(await lstat(folder)).isDirectory()) return false;
    const marker = path.join(folder, BUILD_MARKER);
    if (!(await lstat(marker)).isFile()) return false;
    return (await readFile(marker, "utf8")).startsWith(BUILD_SIGNATURE);
  } catch {
    return false;
  }
}
