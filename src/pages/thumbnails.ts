import type { Article } from "../articles/article.ts";
import type { LeadImage } from "../images/article-images.ts";

/**
 * The lead images of the articles a listing shows, by article URL. A plain object rather than a
 * Map, so that it is part of the page's fingerprint (src/pages/page-fingerprint.ts) and a changed
 * image renders the listing again.
 */
export type Thumbnails = Record<string, LeadImage>;

export function thumbnailsOf(
  articles: readonly (Article | undefined)[],
  leadImages: ReadonlyMap<string, LeadImage> | undefined,
): Thumbnails {
  const thumbnails: Thumbnails = {};
  if (!leadImages) return thumbnails;
  for (const article of articles) {
    const image = article && leadImages.get(article.url);
    if (article && image) thumbnails[article.url] = image;
  }
  return thumbnails;
}
