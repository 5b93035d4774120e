import { slugifyName } from "./slug.ts";

/**
 * Every address the site's pages and files are written at. Pages end with `/` (served as
 * `index.html` in their folder, see `pageFile`); files end with their extension.
 */

export const HOME_URL = "/";
export const NOT_FOUND_URL = "/404.html";
export const SEARCH_URL = "/search/";
export const TAG_INDEX_URL = "/tags/";
export const AUTHOR_INDEX_URL = "/authors/";
export const CORRECTIONS_URL = "/corrections/";
export const ROBOTS_URL = "/robots.txt";
/** Hosts that read it (Netlify, Cloudflare Pages) answer each alias with a 301. */
export const REDIRECTS_URL = "/_redirects";

export const SITEMAP_NAME = "sitemap";
export const NEWS_SITEMAP_NAME = "news-sitemap";
export const SITEMAP_URL = sitemapUrl(SITEMAP_NAME);
export const NEWS_SITEMAP_URL = sitemapUrl(NEWS_SITEMAP_NAME);

/** `/sitemap.xml`: one file, or the index of its numbered parts. */
export function sitemapUrl(name: string): string {
  return `/${name}.xml`;
}

/** `/sitemap-2.xml`: a part of a sitemap split past its URL limit, numbered from 1. */
export function sitemapPartUrl(name: string, partNumber: number): string {
  return `/${name}-${partNumber}.xml`;
}

/** `/<section>/<slug>/`: an article lives in its section's folder. */
export function articleUrl(section: string, slug: string): string {
  return `/${section}/${slug}/`;
}

/** `/<section>/`: the first page of a section's listing. */
export function sectionUrl(section: string): string {
  return `/${section}/`;
}

/** `/<slug>/`: a page of the content folder's `pages/`. */
export function staticPageUrl(slug: string): string {
  return `/${slug}/`;
}

/** `/base/` for the first page of a listing, `/base/page/2/`, … after it. */
export function listingPageUrl(baseUrl: string, pageNumber: number): string {
  return pageNumber === 1 ? baseUrl : `${baseUrl}page/${pageNumber}/`;
}

export type TaxonomyKind = "tags" | "authors";

/** `/tags/<slug>/` for a slug already made. */
export function termSlugUrl(kind: TaxonomyKind, slug: string): string {
  return `/${kind}/${slug}/`;
}

/** `/tags/<slug>/`; undefined when the name has no letters or digits to make a slug from. */
export function termUrl(kind: TaxonomyKind, name: string): string | undefined {
  const slug = slugifyName(name);
  return slug === "" ? undefined : termSlugUrl(kind, slug);
}

/** The names every feed has, in the folder of the page it belongs to. */
export const FEED_FILE_NAMES = { atom: "feed.xml", json: "feed.json" } as const;

export interface FeedUrls {
  /** The HTML page the feed belongs to (`/` or `/world/`). */
  homePath: string;
  atomPath: string;
  jsonPath: string;
}

/** The site's feeds live at the root, a section's beside its page: `/world/feed.xml`. */
export function feedUrls(section?: string): FeedUrls {
  const homePath = section === undefined ? HOME_URL : sectionUrl(section);
  return { homePath, atomPath: `${homePath}${FEED_FILE_NAMES.atom}`, jsonPath: `${homePath}${FEED_FILE_NAMES.json}` };
}

/** `layouts/assets/`, copied as it is. */
export const ASSETS_URL = "/assets/";
/** Logo and favicon, named by their content's hash. */
export const BRAND_URL_PREFIX = `${ASSETS_URL}brand/`;
/** The web editor (Decap CMS): its page, bundle and generated config. */
export const ADMIN_URL = "/admin/";
/** Every size and format eleventy-img makes of an article's images. */
export const IMAGE_URL_PATH = "/img/";
/** The search index's files: `meta.json`, `terms/…`, `documents/…`. */
export const SEARCH_INDEX_PATH = `${SEARCH_URL}index/`;

/**
 * A file of the content folder that is published where it is (`images/pier.jpg` →
 * `/images/pier.jpg`), from its `/`-separated path relative to the content folder.
 */
export function contentFileUrl(relativePath: string): string {
  return `/${relativePath}`;
}
