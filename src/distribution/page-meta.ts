import { toIsoString } from "../articles/dates.ts";
import type { HtmlPage, PageMeta, SiteContext } from "../pages/types.ts";
import { feedLinks } from "./feeds.ts";
import { leadImageUrl } from "./lead-image.ts";
import { breadcrumbLd, collectionPageLd, newsArticleLd } from "./json-ld.ts";
import { absoluteUrl } from "../urls/absolute.ts";

export function pageMeta(page: HtmlPage, context: SiteContext): PageMeta {
  const { site } = context;
  const base = websitePageMeta(page.url, context);
  switch (page.kind) {
    case "article": {
      const { article, section } = page;
      const imageUrl = leadImageUrl(page.extras.image, site.url);
      return {
        ...base,
        ogType: "article",
        image: imageUrl && article.image ? { url: imageUrl, alt: article.image.alt } : undefined,
        article: {
          publishedTime: toIsoString(article.date),
          modifiedTime: toIsoString(article.modified),
          section: section.title,
          tags: article.tags,
        },
        feeds: absoluteFeeds(context, page.section.slug),
        jsonLd: [newsArticleLd(article, site, imageUrl), breadcrumbLd(site, section, article)],
      };
    }
    case "section": {
      const { section, listing } = page;
      const name = listing.pageNumber === 1 ? section.title : `${section.title}, page ${listing.pageNumber}`;
      return { ...base, feeds: absoluteFeeds(context, section.slug), jsonLd: [collectionPageLd(site, section, listing, name)] };
    }
    default:
      return base;
  }
}

/** A page that is no article or listing: its canonical URL and the site's feeds. */
export function websitePageMeta(url: string, context: SiteContext): PageMeta {
  const { site } = context;
  return { url: absoluteUrl(site.url, url), siteName: site.title, ogType: "website", feeds: absoluteFeeds(context), jsonLd: [] };
}

function absoluteFeeds(context: SiteContext, sectionSlug?: string): PageMeta["feeds"] {
  const section = context.sections.find((candidate) => candidate.slug === sectionSlug);
  const links = feedLinks(context.site, section);
  return { title: links.title, atom: absoluteUrl(context.site.url, links.atomPath), json: absoluteUrl(context.site.url, links.jsonPath) };
}
