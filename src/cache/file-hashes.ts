import { type BigIntStats, lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import { fileSha256 } from "../util/folder-digest.ts";

/**
 * A file that changed this recently may change again within one tick of the file system's clock
 * and keep its stamp: its hash is used, but not remembered.
 */
export const SETTLED_MS = 2_000;

/** Each remembered file's stamp when it was hashed, and its hash. */
type Memo = Map<string, { stamp: string; hash: string }>;

export interface FileHashes {
  /** The SHA-256 of a regular file's bytes, read only when its stamp differs from when it was hashed last. */
  hashOf(file: string): string;
  /** Keeps the hashes asked for since opening, when any changed; a cache that cannot be written is left as it is. */
  save(): void;
}

/**
 * Hashes of files by content, remembered across builds by each file's stamp (device, inode, size,
 * and modification and change times in nanoseconds), as git's index does: the unchanged-build
 * check hashes every file of the content folder, and a newsroom's photos are gigabytes. A
 * fresh checkout of the same content has new stamps, so its files are read and hashed once.
 * The change time cannot be set back by a program, so a file rewritten with its old size and
 * modification time restored is still read again.
 */
export function openFileHashes(memoFile: string | undefined, now = Date.now()): FileHashes {
  const last = memoFile === undefined ? new Map() : readMemo(memoFile);
  const used: Memo = new Map();
  if (memoFile !== undefined) verifiedInBuild.set(memoFile, used);
  let changed = false;
  return {
    hashOf(file) {
      const stats = lstatSync(file, { bigint: true });
      const stamp = stampOf(stats);
      const known = last.get(file);
      if (known?.stamp === stamp) {
        used.set(file, known);
        return known.hash;
      }
      const hash = fileSha256(file);
      const settled = now - Number(stats.ctimeNs / 1_000_000n) > SETTLED_MS && now - Number(stats.mtimeNs / 1_000_000n) > SETTLED_MS;
      if (settled) {
        used.set(file, { stamp, hash });
        changed = true;
      }
      return hash;
    },
    save() {
      if (memoFile === undefined || (!changed && used.size === last.size)) return;
      try {
        mkdirSync(path.dirname(memoFile), { recursive: true });
        const partial = `${memoFile}.${process.pid}`;
        writeFileSync(partial, v8.serialize(used));
        renameSync(partial, memoFile);
      } catch {
        // Only the next check's speed depends on it.
      }
    },
  };
}

/**
 * The hashes `openFileHashes` verified during the build that is running, by memo file: the
 * unchanged-build check verifies the stamp of every content file, and the load that follows asks
 * for the same files moments later, so it neither reads the memo again nor stamps them again. A
 * file edited in between is then built as the check saw it, which the manifest's key records; the
 * next build's key differs. `forgetVerifiedHashes` ends the build's trust.
 */
const verifiedInBuild = new Map<string, Memo>();

export function forgetVerifiedHashes(): void {
  verifiedInBuild.clear();
}

/**
 * The remembered hash of a file whose stamp is unchanged since it was hashed, else undefined: for
 * readers that only ask, so that a file they do not ask about is never dropped from the memo.
 */
export function rememberedHashes(memoFile: string): (file: string) => string | undefined {
  let memo: Memo | undefined;
  return (file) => {
    const verified = verifiedInBuild.get(memoFile)?.get(file);
    if (verified) return verified.hash;
    memo ??= readMemo(memoFile);
    const known = memo.get(file);
    if (!known) return undefined;
    try {
      return known.stamp === stampOf(lstatSync(file, { bigint: true })) ? known.hash : undefined;
    } catch {
      return undefined;
    }
  };
}

function stampOf(stats: BigIntStats): string {
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
}

function readMemo(file: string): Memo {
  try {
    const memo: unknown = v8.deserialize(readFileSync(file));
    return memo instanceof Map ? (memo as Memo) : new Map();
  } catch {
    // Missing or torn: every file is hashed again.
    return new Map();
  }
}
