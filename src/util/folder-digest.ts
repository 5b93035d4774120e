import { createHash } from "node:crypto";
import { type Dirent, lstatSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import path from "node:path";

/**
 * Hashes of a folder's tree, for telling whether it changed since the last look. Synchronous on
 * purpose: reading 10,000 small files one after the other costs a third of the CPU time of
 * reading them with promises, many at a time.
 */

/**
 * A hash of every entry under `folder`: its path, its kind and, for a file, its content (a link:
 * its target). A file's content counts through `hashOf` (its SHA-256), which a caller may answer
 * from a memo (cache/file-hashes.ts).
 */
export function contentDigest(folder: string, hashOf: (file: string) => string = fileSha256): string {
  const hash = createHash("sha256");
  for (const { relative, entry, absolute } of entriesUnder(folder)) {
    hash.update(`${relative}\0${kindOf(entry)}\0`);
    if (entry.isFile()) hash.update(`${hashOf(absolute)}\0`);
    else if (entry.isSymbolicLink()) hash.update(`${readlinkSync(absolute)}\0`);
  }
  return hash.digest("hex");
}

/** The SHA-256 of a file's bytes, as hex. */
export function fileSha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/**
 * A hash of every entry under `folder` as the file system stamps it: path, kind, size, inode and
 * modification time, so that a file edited, replaced, added or deleted gives another hash,
 * without reading any file.
 */
export function stampDigest(folder: string): string {
  return stampTree(folder).digest;
}

/**
 * `stampDigest`, and the number of files it stamped besides `except` at the top of the folder: a
 * build counts its output in the same walk that stamps it.
 */
export function stampTree(folder: string, except?: string): { digest: string; files: number } {
  const hash = createHash("sha256");
  let files = 0;
  for (const { relative, entry, absolute } of entriesUnder(folder)) {
    hash.update(`${relative}\0${kindOf(entry)}\0`);
    if (entry.isDirectory()) continue;
    if (entry.isFile() && relative !== except) files += 1;
    const stats = lstatSync(absolute);
    hash.update(`${stats.size}\0${stats.ino}\0${stats.mtimeMs}\0`);
  }
  return { digest: hash.digest("hex"), files };
}

/**
 * The entries under `folder`, each folder's sorted by name, depth first; none when it does not
 * exist. Walked by hand, since Node's recursive listing and a sort of the relative paths cost
 * more than the listing itself on a site of 13,000 folders. Links to folders are not followed.
 */
function entriesUnder(folder: string): { relative: string; absolute: string; entry: Dirent }[] {
  const found: { relative: string; absolute: string; entry: Dirent }[] = [];
  const visit = (absoluteFolder: string, relativeFolder: string) => {
    const entries = readdirSync(absoluteFolder, { withFileTypes: true }).sort(byName);
    for (const entry of entries) {
      const relative = relativeFolder === "" ? entry.name : `${relativeFolder}/${entry.name}`;
      const absolute = path.join(absoluteFolder, entry.name);
      found.push({ relative, absolute, entry });
      if (entry.isDirectory()) visit(absolute, relative);
    }
  };
  try {
    visit(folder, "");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" && found.length === 0) return [];
    throw error;
  }
  return found;
}

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function kindOf(entry: Dirent): string {
  if (entry.isFile()) return "file";
  if (entry.isDirectory()) return "folder";
  if (entry.isSymbolicLink()) return "link";
  return "other";
}
