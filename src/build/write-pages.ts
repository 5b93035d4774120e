import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { mapConcurrently } from "../articles/map-concurrently.ts";
import { renderPage } from "../pages/render.tsx";
import type { Page, SiteContext } from "../pages/types.ts";
import { assertSafeUrl, isInside } from "./output-paths.ts";

/** Pages rendered and written at once: enough to keep the disk busy, few enough to hold little HTML. */
const IN_FLIGHT = 16;

/** The file a static host serves for a page URL: `/world/x/` → `world/x/index.html`. */
export function pageFile(outputDir: string, url: string): string {
  const file = path.join(outputDir, assertSafeUrl(url), url.endsWith("/") ? "index.html" : "");
  if (!isInside(outputDir, file)) throw new Error(`Refusing to write page URL ${JSON.stringify(url)}: it resolves outside the output folder`);
  return file;
}

/**
 * Renders each page and writes it straight away, so that a build never holds the HTML of all its
 * pages: handing 12,700 pages to Eleventy's pagination kept 380 MB of rendered HTML alive until the
 * end of a 10,000-article build (issue #8). Two pages with one URL are a bug, never silently merged.
 */
export async function writePages(pages: readonly Page[], context: SiteContext, outputDir: string): Promise<number> {
  const targets = pages.map((page) => ({ page, file: pageFile(outputDir, page.url) }));
  const files = new Set<string>();
  for (const { page, file } of targets) {
    if (files.has(file)) throw new Error(`Two pages have the URL ${page.url}`);
    files.add(file);
  }
  const folders = new Map<string, Promise<unknown>>();
  await mapConcurrently(targets, IN_FLIGHT, async ({ page, file }) => {
    const folder = path.dirname(file);
    let made = folders.get(folder);
    if (!made) folders.set(folder, (made = mkdir(folder, { recursive: true })));
    await made;
    await writeFile(file, renderPage(page, context));
  });
  return files.size;
}
