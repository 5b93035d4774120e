// The walk of a folder's tree that the build's hashes of folders start from (folder-digest.ts).
// Plain JavaScript, so that the thread that walks the output beside the build's own work
// (tree-walk-worker.js) starts without a TypeScript loader.
import { lstatSync, readdirSync } from "node:fs";
import path from "node:path";

/** An entry's kind, as `kinds` numbers it. */
export const KINDS = /** @type {const} */ (["file", "folder", "link", "other"]);

/**
 * The name of a kind that `walkTree` numbered.
 * @param {number | undefined} index
 * @returns {string}
 */
export function kindName(index) {
  return KINDS[index ?? 3] ?? "other";
}

/**
 * @typedef {{ relative: string[]; kinds: Uint8Array; numbers: Float64Array }} TreeWalk
 * Every entry under a folder, each folder's sorted by name, depth first: its path relative to the
 * folder (`/`-separated), its kind (an index into KINDS) and, when stamped, three numbers per entry
 * (size, inode and modification time; zeros for a folder).
 */

/**
 * Walks `folder` (no entries when it does not exist), and with `stamps` takes each entry's `lstat`
 * but a folder's. Walked by hand, since Node's recursive listing and a sort of the relative paths
 * cost more than the listing itself on a site of 13,000 folders. Links to folders are not followed.
 * @param {string} folder
 * @param {boolean} stamps
 * @returns {TreeWalk}
 */
export function walkTree(folder, stamps) {
  /** @type {string[]} */
  const relative = [];
  /** @type {number[]} */
  const kinds = [];
  /** @type {number[]} */
  const numbers = [];
  /** @param {string} absoluteFolder @param {string} relativeFolder */
  const visit = (absoluteFolder, relativeFolder) => {
    const entries = readdirSync(absoluteFolder, { withFileTypes: true }).sort(byName);
    for (const entry of entries) {
      const name = relativeFolder === "" ? entry.name : `${relativeFolder}/${entry.name}`;
      const absolute = path.join(absoluteFolder, entry.name);
      const kind = kindOf(entry);
      relative.push(name);
      kinds.push(kind);
      if (stamps && kind === 1) numbers.push(0, 0, 0);
      else if (stamps) {
        const stats = lstatSync(absolute);
        numbers.push(stats.size, stats.ino, stats.mtimeMs);
      }
      if (kind === 1) visit(absolute, name);
    }
  };
  try {
    visit(folder, "");
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== "ENOENT" || relative.length > 0) throw error;
  }
  return { relative, kinds: Uint8Array.from(kinds), numbers: Float64Array.from(numbers) };
}

/**
 * An entry's kind, as an index into KINDS, from a directory entry or an `lstat`.
 * @param {{ isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }} entry
 */
export function kindOf(entry) {
  return entry.isFile() ? 0 : entry.isDirectory() ? 1 : entry.isSymbolicLink() ? 2 : 3;
}

/** @param {import("node:fs").Dirent} a @param {import("node:fs").Dirent} b */
function byName(a, b) {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
