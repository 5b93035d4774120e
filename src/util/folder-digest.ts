import { createHash } from "node:crypto";
import { lstatSync, readFileSync, readlinkSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { kindName, kindOf, type TreeWalk, walkTree } from "./tree-walk.js";

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
  const { relative, kinds } = walkTree(folder, false);
  relative.forEach((name, index) => {
    const kind = kindName(kinds[index]);
    hash.update(`${name}\0${kind}\0`);
    if (kind === "file") hash.update(`${hashOf(path.join(folder, name))}\0`);
    else if (kind === "link") hash.update(`${readlinkSync(path.join(folder, name))}\0`);
  });
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
  /** Each entry's kind and stamp, by its path relative to the folder, `/`-separated, in the walk's order. */
  entries: Map<string, EntryStamp>;
}

export interface FileStats {
  size: number;
  ino: number;
  mtimeMs: number;
}

/** An entry's kind, and but for a folder its size, inode and modification time. */
export interface EntryStamp {
  kind: string;
  stats?: FileStats;
}

/**
 * `stampDigest`, with the number of files besides `except` at the top of the folder and each
 * entry's stamp: a build counts its output in the same walk that stamps it, and an update in place
 * tells from the inodes which of the output's pages are already the cached ones (`fileStats`).
 */
export function stampTree(folder: string, except?: string): TreeStamp {
  return summarise(entriesOf(walkTree(folder, true)), except);
}

/**
 * `stampTree`, walked on a thread of its own, so that the build's thread does other work meanwhile;
 * walked here when the thread fails.
 */
export function stampTreeOnThread(folder: string, except?: string): Promise<TreeStamp> {
  return new Promise<TreeWalk>((resolve, reject) => {
    // Not unref'd: while the build awaits the walk, the thread may be all that keeps the process
    // alive; it ends by itself once it has posted the walk.
    const worker = new Worker(new URL("./tree-walk-worker.js", import.meta.url), { workerData: folder });
    worker.once("message", (reply: { walk?: TreeWalk; error?: string }) =>
      reply.walk ? resolve(reply.walk) : reject(new Error(reply.error)),
    );
    worker.once("error", reject);
  }).then(
    (walk) => summarise(entriesOf(walk), except),
    () => stampTree(folder, except),
  );
}

function entriesOf({ relative, kinds, numbers }: TreeWalk): Map<string, EntryStamp> {
  const entries = new Map<string, EntryStamp>();
  relative.forEach((name, index) => {
    const kind = kindName(kinds[index]);
    const at = index * 3;
    const stats = { size: numbers[at] ?? 0, ino: numbers[at + 1] ?? 0, mtimeMs: numbers[at + 2] ?? 0 };
    entries.set(name, kind === "folder" ? { kind } : { kind, stats });
  });
  return entries;
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
      const kind = stats && kindName(kindOf(stats));
      if (!stats) entries.delete(relative);
      else if (kind === "folder") entries.set(relative, { kind });
      else entries.set(relative, { kind: kind ?? "other", stats: { size: stats.size, ino: stats.ino, mtimeMs: stats.mtimeMs } });
    }
  }
  // A folder that is gone took its entries with it.
  const gone = [...looked].filter((relative) => !entries.has(relative)).map((relative) => `${relative}/`);
  if (gone.length > 0)
    for (const relative of entries.keys()) if (gone.some((prefix) => relative.startsWith(prefix))) entries.delete(relative);
  // A path that was there keeps its place in the map; only a new one needs sorting in.
  const added = [...looked].some((relative) => entries.has(relative) && !before.entries.has(relative));
  return summarise(added ? inWalkOrder(entries) : entries, except);
}

/**
 * The entries in the walk's order: depth first, each folder's entries by name. Every character of
 * a name sorts after the separator once it is the lowest character there is.
 */
function inWalkOrder(entries: Map<string, EntryStamp>): Map<string, EntryStamp> {
  const ordered = [...entries].map((entry) => ({ key: entry[0].replaceAll("/", "\0"), entry }));
  ordered.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return new Map(ordered.map(({ entry }) => entry));
}

/** The size, inode and modification time of the file at `relative` when the stamps were taken; undefined for a folder, a link or nothing. */
export function fileStats(stamp: TreeStamp, relative: string): FileStats | undefined {
  const entry = stamp.entries.get(relative);
  return entry?.kind === "file" ? entry.stats : undefined;
}

function summarise(entries: Map<string, EntryStamp>, except: string | undefined): TreeStamp {
  const hash = createHash("sha256");
  let files = 0;
  for (const [relative, { kind, stats }] of entries) {
    hash.update(`${relative}\0${kind}\0`);
    if (!stats) continue;
    if (kind === "file" && relative !== except) files += 1;
    hash.update(`${stats.size}\0${stats.ino}\0${stats.mtimeMs}\0`);
  }
  return { digest: hash.digest("hex"), files, entries };
}
