import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { mapConcurrently } from "../util/map-concurrently.ts";
import { renderPage } from "../pages/render.tsx";
import type { Page, SiteContext } from "../pages/types.ts";
import type { PageCache } from "../cache/page-cache.ts";
import { pageFile } from "../urls/output-paths.ts";

/** Pages rendered and written at once: enough to keep the disk busy, few enough to hold little HTML. */
const IN_FLIGHT = 16;

export interface WritePagesOptions {
  /** Rendered HTML kept across builds, with each page's fingerprint in the order of the pages. */
  cache?: { pages: PageCache; prints: readonly string[] };
  /**
   * Replace existing files rather than rewrite them in place: the preview writes into a folder a
   * build may have filled with hard links into the page cache.
   */
  replaceExisting?: boolean;
}

/**
 * Renders each page and writes it straight away, so that a build never holds the HTML of all its
 * pages: handing every page to Eleventy's pagination would keep all the rendered HTML alive until
 * the end of the build. Two pages with one URL are a bug, never silently merged.
 */
export async function writePages(
  pages: readonly Page[],
  context: SiteContext,
  outputDir: string,
  options: WritePagesOptions = {},
): Promise<number> {
  const { cache, replaceExisting = false } = options;
  const targets = pages.map((page, index) => ({ page, file: pageFile(outputDir, page.url), print: cache?.prints[index] }));
  const files = new Set<string>();
  for (const { page, file } of targets) {
    if (files.has(file)) throw new Error(`Two pages have the URL ${page.url}`);
    files.add(file);
  }
  const folders = new Map<string, Promise<unknown>>();
  await mapConcurrently(targets, IN_FLIGHT, async ({ page, file, print }) => {
    const folder = path.dirname(file);
    let made = folders.get(folder);
    if (!made) {
      made = mkdir(folder, { recursive: true });
      folders.set(folder, made);
    }
    await made;
    if (replaceExisting) await rm(file, { force: true });
    // Feeds and sitemaps are already text: only rendered pages are worth caching.
    if (!cache || print === undefined || page.kind === "file") return writeFile(file, renderPage(page, context));
    if (await cache.pages.place(print, file)) return;
    await cache.pages.keep(print, renderPage(page, context), file);
  });
  return files.size;
}
