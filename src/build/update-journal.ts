import { existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { TreeStamp } from "../util/folder-digest.ts";
import { kindName, walkTree } from "../util/tree-walk.js";
import { BUILD_MARKER } from "./build-marker.ts";

/**
 * An update of the published output in place: the files a build staged replace or join the
 * output's, and the output's files the new site no longer has are deleted. Written into the
 * staging folder before the output is touched, so that a build killed while it applies the update
 * leaves the journal for the next build, which completes it (abandoned-builds.ts). Synchronous on
 * purpose: an update is a few dozen renames, done in one go between two reads of a reader.
 */
export interface UpdateJournal {
  /** Files of the staging folder that go into the output, relative and `/`-separated. */
  moves: string[];
  /** Files of the output the new site does not have. */
  deletes: string[];
}

const JOURNAL = ".newsroom-journal.json";

/**
 * The update that turns the published output into the new site: every file the build staged moves
 * in; every published file the build neither staged nor `kept` (left in place as it is) goes.
 */
export function planUpdate(staging: string, published: TreeStamp, kept: ReadonlySet<string>): UpdateJournal {
  const moves = filesUnder(staging).filter((file) => file !== BUILD_MARKER);
  const staged = new Set(moves);
  const deletes = [...published.entries]
    .filter(([file, { kind }]) => kind !== "folder" && file !== BUILD_MARKER && !staged.has(file) && !kept.has(file))
    .map(([file]) => file);
  return { moves, deletes };
}

/** Writes the journal, then applies it. */
export function commitUpdate(staging: string, output: string, journal: UpdateJournal): void {
  writeJournal(staging, journal);
  applyJournal(staging, output, journal);
}

/** Writes the journal into the staging folder, whole or not at all. */
export function writeJournal(staging: string, journal: UpdateJournal): void {
  const file = path.join(staging, JOURNAL);
  writeFileSync(`${file}.partial`, JSON.stringify(journal));
  renameSync(`${file}.partial`, file);
}

/**
 * Completes the update a killed build journalled in `staging`; false when it wrote no journal, and
 * had therefore not touched the output.
 */
export function completeUpdate(staging: string, output: string): boolean {
  let journal: UpdateJournal;
  try {
    journal = JSON.parse(readFileSync(path.join(staging, JOURNAL), "utf8")) as UpdateJournal;
  } catch {
    return false;
  }
  applyJournal(staging, output, journal);
  return true;
}

/**
 * Deletes first, so that a page whose path becomes a folder (or the reverse) finds its place free;
 * a file already moved is no longer in the staging folder, so applying a journal twice is harmless.
 */
function applyJournal(staging: string, output: string, { moves, deletes }: UpdateJournal): void {
  const emptied = new Set<string>();
  for (const file of deletes.map(safeRelative)) {
    rmSync(path.join(output, file), { force: true });
    for (let folder = path.dirname(file); folder !== "."; folder = path.dirname(folder)) emptied.add(folder);
  }
  // Deepest first, so that a folder's subfolders are gone before it is tried.
  for (const folder of [...emptied].sort((a, b) => b.length - a.length)) removeIfEmpty(path.join(output, folder));
  const made = new Set<string>();
  for (const file of moves.map(safeRelative)) {
    const from = path.join(staging, file);
    if (!existsSync(from)) continue;
    const folder = path.dirname(path.join(output, file));
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    renameSync(from, path.join(output, file));
  }
}

/** A journal's path is always inside the folder it names: never absolute, never up and out. */
function safeRelative(file: string): string {
  const normal = path.posix.normalize(file);
  if (path.posix.isAbsolute(normal) || normal === ".." || normal.startsWith("../") || normal === ".") {
    throw new Error(`The update journal names a file outside the output folder: ${file}`);
  }
  return normal;
}

function removeIfEmpty(folder: string): void {
  try {
    rmdirSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOTEMPTY" && code !== "EEXIST" && code !== "ENOENT") throw error;
  }
}

/** The files under `folder`, relative and `/`-separated, leaving out the journal. */
function filesUnder(folder: string): string[] {
  const { relative, kinds } = walkTree(folder, false);
  return relative.filter((file, index) => kindName(kinds[index]) !== "folder" && file !== JOURNAL);
}
