import { rm } from "node:fs/promises";
import type { Article } from "../articles/article.ts";
import { pageFile } from "../build/write-pages.ts";
import { createPageFingerprinter } from "../cache/page-fingerprint.ts";
import type { Page, SiteContext } from "../pages/types.ts";

export interface PageChanges {
  /** Pages that are new or show something different since the last call. */
  changed: Page[];
  /** URLs of the last call's pages that are gone. */
  removed: string[];
}

/**
 * Tells which pages of a site changed since the previous call, so that the preview server renders
 * and writes only those after an edit instead of all 12,700 of a 10,000-article site (issue #8).
 */
export function createPageChangeTracker(): (pages: readonly Page[], articles: readonly Article[], context: SiteContext) => PageChanges {
  const fingerprints = createPageFingerprinter();
  let previous = new Map<string, string>();
  return (pages, articles, context) => {
    const prints = fingerprints(pages, articles, context);
    const current = new Map(pages.map((page, index) => [page.url, prints[index] ?? ""]));
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
