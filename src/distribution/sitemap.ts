import type { Article } from "../articles/article.ts";
import { toIsoString } from "../articles/dates.ts";
import type { Page } from "../pages/types.ts";
import { latest, SITEMAP_NAMESPACE, splitSitemap, type GeneratedFile } from "./sitemap-files.ts";
import { absoluteUrl } from "../urls/absolute.ts";
import { SITEMAP_NAME } from "../urls/urls.ts";
import { XML_DECLARATION, xmlElement, xmlTextElement } from "./xml.ts";

/** The protocol's limit per file: https://www.sitemaps.org/protocol.html#index */
export const SITEMAP_MAX_URLS = 50_000;

export interface SitemapEntry {
  path: string;
  lastmod?: Date;
}

const NOT_LISTED: ReadonlySet<string> = new Set(["not-found", "content-errors", "file"]);

/** Every published HTML page: an article's lastmod is its `modified`, a listing's that of its newest article. */
export function sitemapEntries(pages: readonly Page[]): SitemapEntry[] {
  return pages.flatMap((page) => {
    if (NOT_LISTED.has(page.kind)) return [];
    if (page.kind === "static") return [{ path: page.url, lastmod: page.content.updated }];
    if (page.kind === "corrections") return [{ path: page.url, lastmod: page.entries[0]?.date }];
    if (page.kind === "article") {
      return page.article.status === "published" ? [{ path: page.url, lastmod: page.article.modified }] : [];
    }
    return [{ path: page.url, lastmod: latest(articlesShownOn(page).map((article) => article.modified)) }];
  });
}

/**
 * The published articles a listing shows, found in its fields (`latest`, `listing.items`,
 * `sectionBlocks[].articles`, …) so that listing kinds added later get a lastmod too.
 */
export function articlesShownOn(page: Page): Article[] {
  const found: Article[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 3 || value === null || typeof value !== "object") return;
    if (isArticle(value)) {
      if (value.status === "published") found.push(value);
      return;
    }
    for (const child of Array.isArray(value) ? value : Object.values(value)) visit(child, depth + 1);
  };
  visit(page, 0);
  return found;
}

function isArticle(value: object): value is Article {
  return "modified" in value && value.modified instanceof Date && "html" in value && "status" in value;
}

export function renderSitemaps(entries: readonly SitemapEntry[], siteUrl: string, maxUrls = SITEMAP_MAX_URLS): GeneratedFile[] {
  const render = (chunk: readonly SitemapEntry[]) =>
    `${XML_DECLARATION}${xmlElement(
      "urlset",
      { xmlns: SITEMAP_NAMESPACE },
      chunk.map((entry) =>
        xmlElement("url", {}, [
          xmlTextElement("loc", absoluteUrl(siteUrl, entry.path)),
          ...(entry.lastmod ? [xmlTextElement("lastmod", toIsoString(entry.lastmod))] : []),
        ]),
      ),
    )}\n`;
  return splitSitemap(SITEMAP_NAME, entries, maxUrls, siteUrl, render, (chunk) => latest(chunk.map((entry) => entry.lastmod)));
}
