import { copyFile, link, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { BuildCache } from "./build-cache.ts";
import { replaceFile } from "./shard-store.ts";

const INDEX_FILE = "index.json";

/**
 * Rendered pages kept across builds, keyed by the page's fingerprint (the pages' own code decides
 * it: src/pages/page-fingerprint.ts), so that a build after one edit renders only the pages that
 * show something different. The store's folder is named by its code version.
 */
export interface PageCache {
  /** Puts the HTML cached for `print` at `file`; false when there is none, or it was changed after it was cached. */
  place(print: string, file: string): Promise<boolean>;
  /** Keeps `html` as the page for `print` and puts it at `file`. */
  keep(print: string, html: string, file: string): Promise<void>;
  /** Saves the index and drops the pages this build did not use; call once, after the build. */
  save(): Promise<void>;
}

/** A cached file's size and modification time when it was written: anything else means it was changed since. */
type Stamp = [size: number, modifiedMs: number];

/**
 * Pages are hard-linked from the cache into the output, which costs no copying. A tool that
 * rewrites an output file in place also changes the cached file; its size and time then no longer
 * match the index, and the page is rendered again rather than trusted.
 */
export async function openPageCache(cache: BuildCache): Promise<PageCache> {
  const store = cache.folder("pages");
  const files = path.join(store, "files");
  const index = await readIndex(path.join(store, INDEX_FILE));
  const used = new Map<string, Stamp>();
  let linking = true;
  const cachedFile = (print: string) => path.join(files, `${print}.html`);

  /** A second name for `from` (a hard link) where the file system allows it, else a copy. */
  const keepAs = async (from: string, to: string): Promise<void> => {
    if (linking) {
      try {
        return await link(from, to);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? "";
        // A stale file of a page that was not trusted, or not indexed when a build was killed.
        if (code === "EEXIST") {
          await rm(to, { force: true });
          return keepAs(from, to);
        }
        // Another file system (EXDEV) or one without hard links: copies still spare the rendering.
        if (!["EXDEV", "EPERM", "ENOTSUP", "EMLINK"].includes(code)) throw error;
        linking = false;
      }
    }
    await copyFile(from, to);
  };

  await mkdir(files, { recursive: true });
  return {
    async place(print, file) {
      const stamp = index.get(print);
      if (!stamp) return false;
      const cached = cachedFile(print);
      const current = await stat(cached).catch(() => undefined);
      if (!current || current.size !== stamp[0] || current.mtimeMs !== stamp[1]) return false;
      await keepAs(cached, file);
      used.set(print, stamp);
      return true;
    },
    async keep(print, html, file) {
      // The page is written where the build needs it and the cache takes a second name for it.
      await writeFile(file, html);
      const cached = cachedFile(print);
      await keepAs(file, cached);
      const written = await stat(cached);
      used.set(print, [written.size, written.mtimeMs]);
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
  return Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === "number");
}
