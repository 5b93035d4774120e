import type { LeadImage } from "../images/article-images.ts";
import type { Page } from "../pages/types.ts";
import { absoluteUrl } from "../urls/absolute.ts";

/** The URL the built site serves the lead image at: the generated fallback `src`, or the remote URL. */
export function leadImageUrl(image: LeadImage | undefined, siteUrl: string): string | undefined {
  if (!image) return undefined;
  return absoluteUrl(siteUrl, image.source.kind === "picture" ? image.source.picture.src : image.source.src);
}

/** Lead image URLs by article URL, from the article pages. */
export function leadImageUrls(pages: readonly Page[], siteUrl: string): Map<string, string> {
  return new Map(
    pages.flatMap((page) => {
      if (page.kind !== "article") return [];
      const url = leadImageUrl(page.extras.image, siteUrl);
      return url ? [[page.url, url] as const] : [];
    }),
  );
}
