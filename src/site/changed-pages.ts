import { rm } from "node:fs/promises";
import type { Article } from "../articles/article.ts";
import { pageFile } from "../urls/output-paths.ts";
import { createPageFingerprinter } from "../pages/page-fingerprint.ts";
import type { Page, SiteContext } from "../pages/types.ts";

export interface PageChanges {
  /** Pages that are new or show something different since the last call. */
  changed: Page[];
  /** URLs of the last call's pages that are gone. */
  removed: string[];
}

/** Pages fingerprinted between two pauses: few enough that a newer save never waits long. */
const PAGES_BETWEEN_PAUSES = 1_000;

export type PageChangeTracker = (
  pages: readonly Page[],
  articles: readonly Article[],
  context: SiteContext,
  /** Awaited between slices of pages; the preview lets a newer save in there. */
  pause?: () => Promise<void>,
) => Promise<PageChanges>;

/**
 * Tells which pages of a site changed since the previous call, so that the preview server renders
 * and writes only those after an edit instead of every page of the site.
 * A call that throws (from `pause`) leaves the previous call's pages as what the next one compares with.
 */
export function createPageChangeTracker(): PageChangeTracker {
  const fingerprints = createPageFingerprinter();
  let previous = new Map<string, string>();
  return async (pages, articles, context, pause) => {
    const printOf = fingerprints(articles, context);
    const current = new Map<string, string>();
    for (const [index, page] of pages.entries()) {
      if (index > 0 && index % PAGES_BETWEEN_PAUSES === 0) await pause?.();
      current.set(page.url, printOf(page));
    }
    const changed = pages.filter((page) => previous.get(page.url) !== current.get(page.url));
    const removed = [...previous.keys()].filter((url) => !current.has(url));
    previous = current;
    return { changed, removed };
  };
}

/** Deletes the files of pages that no longer exist, as a fresh build would not write them. */
export async function removePageFiles(urls: readonly string[], outputDir: string): Promise<void> {
  await Promise.all(urls.map((url) => rm(pageFile(outputDir, url), { force: true })));
}
