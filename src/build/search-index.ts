import * as pagefind from "pagefind";

export const SEARCH_BUNDLE_FOLDER = "pagefind";

/**
 * Indexes the built site with Pagefind and writes its static bundle to `<site>/pagefind/`, so
 * search runs in the reader's browser with no server. Only elements marked `data-pagefind-body`
 * (article bodies) are indexed. Throws on any Pagefind error so the build fails before the swap.
 */
export async function writeSearchIndex(siteDir: string): Promise<{ pageCount: number }> {
  try {
    // Pagefind reads each page's language from <html lang>.
    const created = await pagefind.createIndex();
    const { index } = created;
    if (!index) throw new Error(created.errors.join("; ") || "no index was created");
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(added.errors.join("; "));
    const written = await index.writeFiles({ outputPath: `${siteDir}/${SEARCH_BUNDLE_FOLDER}` });
    if (written.errors.length > 0) throw new Error(written.errors.join("; "));
    return { pageCount: added.page_count };
  } catch (error) {
    throw new Error(`Search index: Pagefind failed: ${(error as Error).message}`, { cause: error });
  } finally {
    await pagefind.close();
  }
}
