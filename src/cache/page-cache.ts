import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import type { BuildCache } from "./build-cache.ts";
import { createPageFiles, type PageFileOp, type PageFileResult, type Stamp } from "./page-files.js";
import { replaceFile } from "./shard-store.ts";
import type { FileStats } from "../util/folder-digest.ts";

/** Runs a page's file work: here, or on the thread that writes a large site's pages (build/page-writer.ts). */
export type RunPageFiles = (op: PageFileOp) => Promise<PageFileResult>;

const INDEX_FILE = "index.json";

/**
 * Rendered pages kept across builds, keyed by the page's fingerprint (the pages' own code decides
 * it: src/pages/page-fingerprint.ts), so that a build after one edit renders only the pages that
 * show something different. The store's folder is named by its code version.
 */
export interface PageCache {
  /**
   * Puts the HTML cached for `print` at `file`; false when there is none, or it was changed after it
   * was cached; "in place" when the file the published output has at the page's path
   * (`options.published`: its stamps, taken before the build) is the cached file itself, as it
   * was kept: it is left there, and neither it nor the cached file is looked at again.
   */
  place(print: string, file: string, options?: PageFileOptions & { published?: FileStats }): Promise<boolean | "in place">;
  /** Keeps `html` as the page for `print` and puts it at `file`. */
  keep(print: string, html: string | Uint8Array, file: string, options?: PageFileOptions): Promise<void>;
  /** Saves the index and drops the pages this build did not use; call once, after the build. */
  save(): Promise<void>;
}

export interface PageFileOptions {
  /** Where the file work runs; by default in this thread. */
  run?: RunPageFiles;
  /** Remove an existing file at the page's path first rather than write into it. */
  replace?: boolean;
}

/**
 * Pages are hard-linked from the cache into the output, which costs no copying (page-files.js). A
 * tool that rewrites an output file in place also changes the cached file; its size and time then
 * no longer match the index, and the page is rendered again rather than trusted.
 */
export async function openPageCache(cache: BuildCache): Promise<PageCache> {
  const store = cache.folder("pages");
  const files = path.join(store, "files");
  const index = await readIndex(path.join(store, INDEX_FILE));
  const used = new Map<string, Stamp>();
  const cachedFile = (print: string) => path.join(files, `${print}.html`);
  const here = createPageFiles();
  const runHere: RunPageFiles = async (op) => here(op);

  await mkdir(files, { recursive: true });
  return {
    async place(print, file, { run = runHere, replace, published } = {}) {
      const stamp = index.get(print);
      if (!stamp) return false;
      if (published && isKeptFile(published, stamp)) {
        used.set(print, stamp);
        return "in place";
      }
      const { placed } = await run({ kind: "place", cached: cachedFile(print), stamp, file, replace });
      if (placed) used.set(print, stamp);
      return placed;
    },
    async keep(print, html, file, { run = runHere, replace } = {}) {
      // The page is written where the build needs it and the cache takes a second name for it.
      const { stamp } = await run({ kind: "write", file, html, keepAs: cachedFile(print), replace });
      if (stamp) used.set(print, stamp);
    },
    async save() {
      try {
        const stale = (await readdir(files)).filter((entry) => !used.has(entry.slice(0, -".html".length)) || !entry.endsWith(".html"));
        await Promise.all(stale.map((entry) => rm(path.join(files, entry), { force: true })));
        await replaceFile(path.join(store, INDEX_FILE), JSON.stringify(Object.fromEntries(used)));
        await cache.removeOtherVersions("pages");
      } catch (error) {
        // A cache that cannot be written costs the next build time, never this build's success.
        console.warn(`The page cache in ${store} was not saved: ${(error as Error).message}`);
      }
    },
  };
}

async function readIndex(file: string): Promise<Map<string, Stamp>> {
  try {
    const entries = Object.entries(JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>);
    return new Map(entries.filter((entry): entry is [string, Stamp] => isStamp(entry[1])));
  } catch {
    // Missing or torn: every page is rendered again.
    return new Map();
  }
}

function isStamp(value: unknown): value is Stamp {
  return Array.isArray(value) && value.length === 3 && value.every((part) => typeof part === "number");
}

/**
 * Whether a published file is the cached file as it was kept: the same inode, and the size and
 * time it had then. The output's stamps match what the last build left (the update in place is
 * only chosen then), and a file rewritten in place since would show another size or time.
 */
function isKeptFile(published: FileStats, [size, mtimeMs, ino]: Stamp): boolean {
  return published.ino === ino && published.size === size && published.mtimeMs === mtimeMs;
}
