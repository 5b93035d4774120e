import { createHash } from "node:crypto";
import { rm } from "node:fs/promises";
import type { Article } from "../articles/article.ts";
import { pageFile } from "../build/write-pages.ts";
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
 * A page's fingerprint covers everything it shows: its own fields, the full content of every
 * article it lists, and the site context; a change in the context changes every page.
 */
export function createPageChangeTracker(): (pages: readonly Page[], articles: readonly Article[], context: SiteContext) => PageChanges {
  let previous = new Map<string, string>();
  let previousContext = "";
  // Articles are never changed once made, and the preview reuses those of unchanged files.
  const articlePrintCache = new WeakMap<Article, string>();
  const articlePrint = (article: Article) => {
    let print = articlePrintCache.get(article);
    if (print === undefined) articlePrintCache.set(article, (print = fingerprint(JSON.stringify(article))));
    return print;
  };
  return (pages, articles, context) => {
    // The preview's build time is the clock, new at every rebuild; pages show only its year (the
    // footer's copyright), and feeds, which carry all of it, are compared by their whole body.
    const { buildTime, ...rest } = context;
    const contextPrint = fingerprint(JSON.stringify({ ...rest, year: buildTime.getUTCFullYear() }));
    const articlePrints = new Map<object, string>(articles.map((article) => [article, articlePrint(article)]));
    const everythingChanged = contextPrint !== previousContext;
    const current = new Map<string, string>();
    const changed = pages.filter((page) => {
      // An article listed on a page stands for its fingerprint: listings stay cheap to compare.
      const print = fingerprint(JSON.stringify(page, (key, value: unknown) => (key !== "" && typeof value === "object" && value !== null && articlePrints.get(value)) || value));
      current.set(page.url, print);
      return everythingChanged || previous.get(page.url) !== print;
    });
    const removed = [...previous.keys()].filter((url) => !current.has(url));
    previous = current;
    previousContext = contextPrint;
    return { changed, removed };
  };
}

function fingerprint(text: string): string {
  return createHash("sha1").update(text).digest("base64");
}

/** Deletes the files of pages that no longer exist, as a fresh build would not write them. */
export async function removePageFiles(urls: readonly string[], outputDir: string): Promise<void> {
  await Promise.all(urls.map((url) => rm(pageFile(outputDir, url), { force: true })));
}
