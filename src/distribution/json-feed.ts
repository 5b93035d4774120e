import type { Article } from "../articles/article.ts";
import { toIsoString } from "../articles/dates.ts";
import type { FeedContext } from "./atom.ts";
import type { FeedSpec } from "./feeds.ts";
import { absoluteUrl, absolutizeHtml } from "../urls/absolute.ts";

export const JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";

/** JSON Feed 1.1: https://www.jsonfeed.org/version/1.1/ */
export function renderJsonFeed(feed: FeedSpec, context: FeedContext): string {
  const { site } = context;
  const document = {
    version: JSON_FEED_VERSION,
    title: feed.title,
    home_page_url: absoluteUrl(site.url, feed.homePath),
    feed_url: absoluteUrl(site.url, feed.jsonPath),
    ...(feed.description ? { description: feed.description } : {}),
    language: site.language,
    ...(site.publisher?.logo ? { icon: absoluteUrl(site.url, site.publisher.logo) } : {}),
    authors: [{ name: site.publisher?.name ?? site.title }],
    ...(site.websub ? { hubs: [{ type: "WebSub", url: site.websub }] } : {}),
    items: feed.articles.map((article) => jsonFeedItem(article, context)),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function jsonFeedItem(article: Article, context: FeedContext) {
  const url = absoluteUrl(context.site.url, article.url);
  return {
    id: url,
    url,
    title: article.title,
    summary: article.description,
    content_html: absolutizeHtml(article.html.text(), url),
    ...(context.imageUrl(article) ? { image: context.imageUrl(article) } : {}),
    date_published: toIsoString(article.date),
    date_modified: toIsoString(article.modified),
    ...(article.author.length > 0 ? { authors: article.author.map((name) => jsonFeedAuthor(name, context)) } : {}),
    tags: article.tags,
  };
}

function jsonFeedAuthor(name: string, context: FeedContext) {
  const url = context.authorUrl(name);
  return url ? { name, url } : { name };
}
