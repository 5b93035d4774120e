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

/** A folder's stamps (`stampDigest`), what a build reads of its output in the same walk. */
export interface TreeStamp {
  digest: string;
  /** The files, leaving out the one named `except` at the top of the folder. */
  files: number;
  /** Each file's inode, by its path relative to the folder, `/`-separated. */
  inodes: Map<string, number>;
  /** Each entry's kind and stamp, by its relative path: what `restampTree` starts from. */
  entries: Map<string, EntryStamp>;
}

/** An entry's kind, and but for a folder its size, inode and modification time. */
export interface EntryStamp {
  kind: string;
  stats?: { size: number; ino: number; mtimeMs: number };
}

/**
 * `stampDigest`, with the number of files besides `except` at the top of the folder and each
 * file's inode: a build counts its output in the same walk that stamps it, and an update in place
 * tells from the inodes which of the output's pages are already the cached ones.
 */
export function stampTree(folder: string, except?: string): TreeStamp {
  const entries = new Map<string, EntryStamp>();
  for (const { relative, entry, absolute } of entriesUnder(folder)) {
    const kind = kindOf(entry);
    entries.set(relative, kind === "folder" ? { kind } : { kind, stats: lstatSync(absolute) });
  }
  return summarise(entries, except);
}

/**
 * The stamps of `folder` after only the files at `changed` (relative paths, each added, replaced or
 * deleted) changed since `before` was taken: the same as a new `stampTree`, from a few `lstat`s
 * instead of a walk of the whole folder. The folders above each changed file are looked at too.
 */
export function restampTree(folder: string, before: TreeStamp, changed: Iterable<string>, except?: string): TreeStamp {
  const entries = new Map(before.entries);
  const looked = new Set<string>();
  for (const file of changed) {
    for (let relative = file; relative !== "." && !looked.has(relative); relative = path.posix.dirname(relative)) {
      looked.add(relative);
      const stats = lstatSync(path.join(folder, relative), { throwIfNoEntry: false });
      if (!stats) entries.delete(relative);
      else if (stats.isDirectory()) entries.set(relative, { kind: "folder" });
      else entries.set(relative, { kind: stats.isFile() ? "file" : stats.isSymbolicLink() ? "link" : "other", stats });
    }
  }
  // A folder that is gone took its entries with it.
  const gone = [...looked].filter((relative) => !entries.has(relative)).map((relative) => `${relative}/`);
  if (gone.length > 0)
    for (const relative of entries.keys()) if (gone.some((prefix) => relative.startsWith(prefix))) entries.delete(relative);
  // In the walk's order: depth first, each folder's entries by name. Every character of a name
  // sorts after the separator once it is the lowest character there is.
  const ordered = [...entries].map((entry) => ({ key: entry[0].replaceAll("/", "\0"), entry }));
  ordered.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return summarise(new Map(ordered.map(({ entry }) => entry)), except);
}

function summarise(entries: Map<string, EntryStamp>, except: string | undefined): TreeStamp {
  const hash = createHash("sha256");
  const inodes = new Map<string, number>();
  let files = 0;
  for (const [relative, { kind, stats }] of entries) {
    hash.update(`${relative}\0${kind}\0`);
    if (!stats) continue;
    if (kind === "file" && relative !== except) files += 1;
    if (kind === "file") inodes.set(relative, stats.ino);
    hash.update(`${stats.size}\0${stats.ino}\0${stats.mtimeMs}\0`);
  }
  return { digest: hash.digest("hex"), files, inodes, entries };
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
