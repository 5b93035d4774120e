import { ContentError, type ContentIssue } from "../articles/content-issue.ts";
import type { GeneratedImage } from "../images/responsive.ts";
import type { Page } from "../pages/types.ts";
import { ASSETS_URL, SEARCH_INDEX_PATH } from "../urls/urls.ts";

/** Folders the build fills with files not known before it writes them: the stylesheet and scripts, the search index. */
const NEWSROOM_FOLDERS = [
  { prefix: ASSETS_URL, what: "the site's assets folder" },
  { prefix: SEARCH_INDEX_PATH, what: "the search index's folder" },
];

/** Eleventy's `eleventy.contentMap` view of its templates: every URL and the template that writes it. */
export type UrlToInputPath = Record<string, { inputPath: string } | undefined>;

/** The file a static host serves for a URL, as a key: `/a/` and `/a/index.html` are one file. */
function fileKey(url: string): string {
  const clean = url.split(/[?#]/)[0] ?? url;
  let decoded = clean;
  try {
    decoded = decodeURI(clean);
  } catch {
    // A malformed escape is compared as written.
  }
  return decoded.endsWith("/") ? `${decoded}index.html` : decoded;
}

const KIND_NAMES: Record<Page["kind"], string> = {
  article: "an article",
  section: "a section page",
  home: "the home page",
  "not-found": "the 404 page",
  "content-errors": "the content errors page",
  tag: "a tag page",
  author: "an author page",
  "tag-index": "the tag index",
  "author-index": "the author index",
  search: "the search page",
  static: "a page of the content folder's pages/",
  corrections: "the corrections page",
  file: "a feed, sitemap or robots.txt",
};

function describe(page: Page): string {
  return page.kind === "article" ? `the article "${page.article.title}"` : KIND_NAMES[page.kind];
}

/**
 * Two pages with one URL must never overwrite each other silently: the newsroom writes its pages
 * after Eleventy has written the developer's, so a developer page there would simply vanish.
 * `templateOf` names a template by its file in the pages folder.
 */
export function refusePermalinkCollisions(
  urlToInputPath: UrlToInputPath,
  site: { pages: readonly Page[]; images: readonly GeneratedImage[] },
  templateOf: (inputPath: string) => string,
): void {
  const newsroom = new Map<string, string>();
  for (const image of site.images) newsroom.set(fileKey(image.url), `an article image (${image.url})`);
  for (const page of site.pages) newsroom.set(fileKey(page.url), `${describe(page)} (${page.url})`);
  const collisions: ContentIssue[] = [];
  for (const [url, entry] of Object.entries(urlToInputPath)) {
    if (!entry || typeof url !== "string") continue;
    const key = fileKey(url);
    const what = newsroom.get(key) ?? NEWSROOM_FOLDERS.find((folder) => key.startsWith(folder.prefix))?.what;
    if (!what) continue;
    const message = `${url} is ${what}: two pages, one URL (expected a permalink no newsroom page uses)`;
    collisions.push({ severity: "error", file: templateOf(entry.inputPath), field: "permalink", message });
  }
  // Reported as the editors' errors are: one line each, naming the file, without a stack trace.
  if (collisions.length > 0) throw new ContentError(collisions);
}
