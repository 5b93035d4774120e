import path from "node:path";
import { mapConcurrently } from "../util/map-concurrently.ts";
import { renderPage } from "../pages/render.tsx";
import type { Page, SiteContext } from "../pages/types.ts";
import type { PageCache } from "../cache/page-cache.ts";
import { pageFile } from "../urls/output-paths.ts";
import { startPageWriter } from "./page-writer.ts";
import type { PublishedOutput } from "./published-output.ts";
import { fileStats } from "../util/folder-digest.ts";

/**
 * Pages rendered and not yet written: several of the writer's batches, so that it always has the
 * next one while this thread renders; few enough to hold little HTML.
 */
const IN_FLIGHT = 128;

export interface WritePagesOptions {
  /**
   * Rendered HTML kept across builds, and each page's fingerprint. Fingerprints are taken as the
   * pages are written, so that the writing thread places the first pages while this one hashes the rest.
   */
  cache?: { pages: PageCache; printOf: (page: Page) => string };
  /**
   * Replace existing files rather than rewrite them in place: the preview writes into a folder a
   * build may have filled with hard links into the page cache.
   */
  replaceExisting?: boolean;
  /**
   * The output this build updates in place (published-output.ts): a cached page that it already
   * has at the page's path is left there, and noted as kept, instead of being put in `outputDir`.
   */
  published?: PublishedOutput;
}

const encoder = new TextEncoder();

/**
 * A page's bytes, as the file will hold them (UTF-8, as a string is written). Outside the JS heap,
 * and moved rather than copied to the page writer's thread: pages waiting to be written would
 * otherwise outlive the young generation, and every page the build writes would end up as garbage
 * in the old one, which V8 lets grow to a multiple of what the build holds before collecting it.
 */
function encoded(html: string): Uint8Array {
  return encoder.encode(html);
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
  const { cache, replaceExisting = false, published } = options;
  const targets = pages.map((page) => ({ page, file: pageFile(outputDir, page.url) }));
  const files = new Set<string>();
  for (const { page, file } of targets) {
    if (files.has(file)) throw new Error(`Two pages have the URL ${page.url}`);
    files.add(file);
  }
  const writer = startPageWriter(targets.length);
  const { run } = writer;
  try {
    await mapConcurrently(targets, IN_FLIGHT, async ({ page, file }) => {
      // Feeds and sitemaps are already text: only rendered pages are worth caching.
      if (!cache || page.kind === "file")
        return run({ kind: "write", file, html: encoded(renderPage(page, context)), replace: replaceExisting });
      const print = cache.printOf(page);
      const relative = published && outputRelative(outputDir, file);
      const there = relative === undefined || !published ? undefined : fileStats(published.stamps, relative);
      const placed = await cache.pages.place(print, file, { run, replace: replaceExisting, published: there });
      if (placed === "in place" && relative !== undefined) published?.kept.add(relative);
      if (placed) return;
      await cache.pages.keep(print, encoded(renderPage(page, context)), file, { run, replace: replaceExisting });
    });
  } finally {
    await writer.close();
  }
  return files.size;
}

/**
 * A file's path in the output folder, as the output's walk names it (`stampTree`). `pageFile` has
 * checked that the file is inside the folder, so this is the part after the folder's own path.
 */
function outputRelative(outputDir: string, file: string): string {
  const relative = file.slice(path.join(outputDir, path.sep).length);
  return path.sep === "/" ? relative : relative.split(path.sep).join("/");
}
