import type { Article } from "../articles/article.ts";
import { newestFirst } from "../listings/sort.ts";
import type { Section, Site } from "../site/schema.ts";
import { feedUrls } from "../urls/urls.ts";

export const FEED_ITEM_COUNT = 30;

/** One feed, in both formats: the site's or a section's. */
export interface FeedSpec {
  title: string;
  description: string;
  /** The HTML page the feed belongs to (`/` or `/world/`). */
  homePath: string;
  atomPath: string;
  jsonPath: string;
  articles: Article[];
}

export interface FeedLinks {
  title: string;
  atomPath: string;
  jsonPath: string;
}

/** The site's feed or a section's, at `feedUrls`. */
export function feedLinks(site: Site, section?: Section): FeedLinks {
  const { atomPath, jsonPath } = feedUrls(section?.slug);
  return { title: section ? `${section.title} | ${site.title}` : site.title, atomPath, jsonPath };
}

/**
 * The site feed and one per section, each with the newest published articles. One pass over the
 * sorted articles fills every section's feed, rather than one pass per section.
 */
export function feedSpecs(articles: readonly Article[], site: Site, sections: readonly Section[], itemCount = FEED_ITEM_COUNT): FeedSpec[] {
  const published = newestFirst(articles.filter((article) => article.status === "published"));
  const bySection = new Map<string, Article[]>(sections.map((section) => [section.slug, []]));
  for (const article of published) {
    const items = bySection.get(article.section);
    if (items && items.length < itemCount) items.push(article);
  }
  const siteFeed: FeedSpec = {
    ...feedLinks(site),
    description: site.description,
    homePath: feedUrls().homePath,
    articles: published.slice(0, itemCount),
  };
  const sectionFeeds = sections.map((section) => ({
    ...feedLinks(site, section),
    description: section.description,
    homePath: feedUrls(section.slug).homePath,
    articles: bySection.get(section.slug) ?? [],
  }));
  return [siteFeed, ...sectionFeeds];
}

/** Newest `modified` of the articles, for a feed's or a listing's "updated". */
export function latestModified(articles: readonly Article[]): Date | undefined {
  return articles.reduce<Date | undefined>(
    (latest, article) => (!latest || article.modified > latest ? article.modified : latest),
    undefined,
  );
}
