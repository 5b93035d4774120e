import type { Article } from "../articles/article.ts";
import type { FilePage, Page, SiteContext } from "../pages/types.ts";
import type { FeedContext } from "./atom.ts";
import { renderAtom } from "./atom.ts";
import { leadImageUrls } from "./lead-image.ts";
import { FEED_ITEM_COUNT, feedSpecs } from "./feeds.ts";
import { renderJsonFeed } from "./json-feed.ts";
import { NEWS_SITEMAP_MAX_URLS, renderNewsSitemaps } from "./news-sitemap.ts";
import { redirectFiles } from "./redirects.tsx";
import { renderRobots } from "./robots.ts";
import { renderSitemaps, SITEMAP_MAX_URLS, sitemapEntries } from "./sitemap.ts";
import { absoluteUrl } from "../urls/absolute.ts";
import { NEWS_SITEMAP_URL, ROBOTS_URL, SITEMAP_URL, termUrl } from "../urls/urls.ts";

export interface DistributionLimits {
  feedItems: number;
  sitemapUrls: number;
  newsSitemapUrls: number;
}

export const DEFAULT_LIMITS: DistributionLimits = {
  feedItems: FEED_ITEM_COUNT,
  sitemapUrls: SITEMAP_MAX_URLS,
  newsSitemapUrls: NEWS_SITEMAP_MAX_URLS,
};

/**
 * Feeds, sitemaps, robots.txt and the redirects of old URLs for the given HTML pages; only published articles appear in them.
 * Made in steps, a feed or a kind of sitemap each, between which the preview lets a newer save in:
 * the pages of all parts, in order, are the site's files.
 */
export function distributionParts(
  pages: readonly Page[],
  articles: readonly Article[],
  context: SiteContext,
  limits: DistributionLimits = DEFAULT_LIMITS,
): (() => FilePage[])[] {
  const { site, buildTime } = context;
  const xml = (file: { url: string; body: string }): FilePage => ({ kind: "file", contentType: "application/xml", ...file });
  let feedContext: FeedContext | undefined;
  const feedContextOnce = (): FeedContext => (feedContext ??= createFeedContext(pages, context));
  const feeds = feedSpecs(articles, site, context.sections, limits.feedItems).map((feed) => (): FilePage[] => [
    { kind: "file", url: feed.atomPath, contentType: "application/atom+xml", body: renderAtom(feed, feedContextOnce()) },
    { kind: "file", url: feed.jsonPath, contentType: "application/feed+json", body: renderJsonFeed(feed, feedContextOnce()) },
  ]);
  const sitemaps = (): FilePage[] => renderSitemaps(sitemapEntries(pages), site.url, limits.sitemapUrls).map(xml);
  const newsSitemaps = (): FilePage[] => renderNewsSitemaps(articles, site, buildTime, limits.newsSitemapUrls).map(xml);
  const robots = (): FilePage[] => [
    { kind: "file", url: ROBOTS_URL, contentType: "text/plain", body: renderRobots(site.url, [SITEMAP_URL, NEWS_SITEMAP_URL]) },
  ];
  // The articles this build shows: in a build the published ones, as the body-link check assumes.
  const redirects = (): FilePage[] => redirectFiles(articles, site);
  return [...feeds, sitemaps, newsSitemaps, robots, redirects];
}

function createFeedContext(pages: readonly Page[], { site, buildTime }: SiteContext): FeedContext {
  const builtUrls = new Set(pages.map((page) => page.url));
  const images = leadImageUrls(pages, site.url);
  return {
    site,
    buildTime,
    // Only link an author page that this build writes.
    authorUrl: (name) => {
      const path = termUrl("authors", name);
      return path && builtUrls.has(path) ? absoluteUrl(site.url, path) : undefined;
    },
    imageUrl: (article) => images.get(article.url),
  };
}
