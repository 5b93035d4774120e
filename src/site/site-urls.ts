import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { IMAGES_FOLDER } from "../images/locate.ts";
import { paginate } from "../listings/paginate.ts";
import { groupBy } from "../listings/sort.ts";
import { groupByTerm } from "../listings/taxonomy.ts";
import { SECTION_PAGE_SIZE } from "../pages/build-pages.ts";
import { TAXONOMY_PAGE_SIZE } from "../pages/taxonomy-pages.ts";
import {
  ASSETS_URL,
  AUTHOR_INDEX_URL,
  CORRECTIONS_URL,
  contentFileUrl,
  feedUrls,
  HOME_URL,
  NEWS_SITEMAP_URL,
  NOT_FOUND_URL,
  ROBOTS_URL,
  SEARCH_URL,
  sectionUrl,
  SITEMAP_URL,
  TAG_INDEX_URL,
} from "../urls/urls.ts";
import type { Section } from "./schema.ts";

/** Copied by Eleventy to `/assets/` of every site (src/plugins/newsroom.ts). */
export const ASSETS_SOURCE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../layouts/assets");

/** What decides a site's addresses: its sections, the articles it shows and the files it may copy. */
export interface SiteUrlInputs {
  sections: readonly Section[];
  /** The articles the build shows: the published ones, and in the preview also drafts and scheduled ones. */
  articles: readonly {
    url: string;
    section: string;
    tags: readonly string[];
    author: readonly string[];
    corrections?: readonly unknown[];
  }[];
  /** The content folder, whose `images/` files a page may link to. */
  inputDir: string;
  /** The content folder's own pages (`pages/`), each at its `url`. */
  pages?: readonly { url: string }[];
}

/**
 * Every address of the site that a link can point to, as a path (`/local/`, `/feed.xml`,
 * `/images/pier.jpg`): the pages `pageParts` plans, the feeds, sitemaps and robots.txt of
 * `distributionParts`, the assets and the files under `images/`. Generated image sizes (`/img/`)
 * and search index files are left out: their names are not for editors to write. So are the
 * numbered parts of a sitemap split past 50,000 URLs, since `/sitemap.xml` is their address.
 */
export async function siteUrls(inputs: SiteUrlInputs): Promise<Set<string>> {
  const { sections, articles } = inputs;
  const urls = new Set<string>([
    HOME_URL,
    NOT_FOUND_URL,
    SEARCH_URL,
    TAG_INDEX_URL,
    AUTHOR_INDEX_URL,
    ROBOTS_URL,
    SITEMAP_URL,
    NEWS_SITEMAP_URL,
  ]);
  const add = (paths: Iterable<string>) => {
    for (const url of paths) urls.add(url);
  };
  add(articles.map((article) => article.url));
  add((inputs.pages ?? []).map((page) => page.url));
  if (articles.some((article) => (article.corrections?.length ?? 0) > 0)) urls.add(CORRECTIONS_URL);
  const bySection = groupBy(articles, (article) => article.section);
  for (const section of sections) add(listingUrls(bySection.get(section.slug)?.length ?? 0, SECTION_PAGE_SIZE, sectionUrl(section.slug)));
  for (const term of [
    ...groupByTerm(articles, "tags", (article) => article.tags),
    ...groupByTerm(articles, "authors", (article) => article.author),
  ]) {
    add(listingUrls(term.items.length, TAXONOMY_PAGE_SIZE, term.url));
  }
  for (const feed of [feedUrls(), ...sections.map((section) => feedUrls(section.slug))]) add([feed.atomPath, feed.jsonPath]);
  add((await filesUnder(ASSETS_SOURCE)).map((file) => `${ASSETS_URL}${file}`));
  add((await filesUnder(path.join(inputs.inputDir, IMAGES_FOLDER))).map((file) => contentFileUrl(`${IMAGES_FOLDER}/${file}`)));
  return urls;
}

function listingUrls(count: number, pageSize: number, baseUrl: string): string[] {
  return paginate(Array.from({ length: count }), pageSize, baseUrl).map((listing) => listing.url);
}

/**
 * The regular files of a folder at any depth, as `/`-separated relative paths. Symbolic links are
 * left out: a link to one would publish whatever file it points at.
 */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return [];
    throw error;
  });
  // A name with a backslash could not be published safely (output-paths.ts): it is no address.
  return entries
    .filter((entry) => entry.isFile() && !entry.name.includes("\\"))
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}
