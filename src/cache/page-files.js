// The file work of writing pages and keeping them in the page cache, as synchronous calls: the
// build runs it on a thread of its own (page-writer-worker.js), where blocking costs nothing and
// each page is a few system calls instead of a chain of promises on the build's thread. Plain
// JavaScript, so that the thread starts without a TypeScript loader.
import { mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createLinker } from "../util/hard-links.js";

/** @typedef {[size: number, modifiedMs: number, inode: number]} Stamp a file's size, modification time and inode when it was written */
/**
 * @typedef {{ kind: "write"; file: string; html: string | Uint8Array; keepAs?: string; replace?: boolean }
 *   | { kind: "place"; cached: string; stamp: Stamp; file: string; replace?: boolean }} PageFileOp
 * `write` writes `html` at `file` and, with `keepAs`, gives the cache a second name for it;
 * `place` puts the cached file at `file` when it still has the stamp it was kept with.
 */
/** @typedef {{ placed: boolean; stamp?: Stamp }} PageFileResult */

/** A runner of page file operations that remembers the folders it made and whether links work here. */
export function createPageFiles() {
  const folders = new Set();
  // A stale file of a page that was not trusted, or not indexed when a build was killed, is replaced;
  // on another file system or one without hard links, copies still spare the rendering.
  const keepAs = createLinker().sync;

  const prepare = (/** @type {string} */ file, /** @type {boolean | undefined} */ replace) => {
    const folder = path.dirname(file);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    // The preview writes into a folder whose files may be hard links into the page cache.
    if (replace) rmSync(file, { force: true });
  };

  /** @param {PageFileOp} op @returns {PageFileResult} */
  return (op) => {
    if (op.kind === "place") {
      const current = statSync(op.cached, { throwIfNoEntry: false });
      if (!current || current.size !== op.stamp[0] || current.mtimeMs !== op.stamp[1]) return { placed: false };
      prepare(op.file, op.replace);
      keepAs(op.cached, op.file);
      return { placed: true };
    }
    prepare(op.file, op.replace);
    writeFileSync(op.file, op.html);
    if (!op.keepAs) return { placed: false };
    keepAs(op.file, op.keepAs);
    const written = statSync(op.keepAs);
    return { placed: false, stamp: [written.size, written.mtimeMs, written.ino] };
  };
}
