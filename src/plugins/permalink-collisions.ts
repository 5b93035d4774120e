import type { Page } from "../pages/types.ts";

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
  file: "a feed, sitemap or robots.txt",
};

/**
 * Two pages with one URL must never overwrite each other silently: the newsroom writes its pages
 * after Eleventy has written the developer's, so a developer page there would simply vanish.
 * `templateOf` names a template by its file in the pages folder.
 */
export function refusePermalinkCollisions(urlToInputPath: UrlToInputPath, pages: readonly Page[], templateOf: (inputPath: string) => string): void {
  const newsroom = new Map(pages.map((page) => [fileKey(page.url), page]));
  const collisions: string[] = [];
  for (const [url, entry] of Object.entries(urlToInputPath)) {
    const page = entry && newsroom.get(fileKey(url));
    if (!entry || !page) continue;
    const what = page.kind === "article" ? `the article "${page.article.title}"` : KIND_NAMES[page.kind];
    collisions.push(`${templateOf(entry.inputPath)} has the permalink ${url}, which is ${what} (${page.url})`);
  }
  if (collisions.length === 0) return;
  throw new Error(`Two pages, one URL: ${collisions.join("; ")} (expected a permalink no newsroom page uses)`);
}
