import type { Article } from "../articles/article.ts";
import { ARTICLE_TYPES } from "../articles/article-types.ts";
import { toIsoString } from "../articles/dates.ts";
import { newestFirst } from "../listings/sort.ts";
import type { Site } from "../site/schema.ts";
import { latest, SITEMAP_NAMESPACE, splitSitemap, type GeneratedFile } from "./sitemap-files.ts";
import { absoluteUrl } from "../urls/absolute.ts";
import { NEWS_SITEMAP_NAME } from "../urls/urls.ts";
import { XML_DECLARATION, xmlElement, xmlTextElement } from "./xml.ts";

/** Google's rules: https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap */
export const NEWS_SITEMAP_NAMESPACE = "http://www.google.com/schemas/sitemap-news/0.9";
export const NEWS_SITEMAP_MAX_URLS = 1_000;
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

/**
 * Published news articles whose publication date falls in the two days up to the build time,
 * newest first; sponsored content is not news, so Google News wants it left out.
 */
export function recentArticles(articles: readonly Article[], buildTime: Date): Article[] {
  const since = buildTime.getTime() - NEWS_WINDOW_MS;
  return newestFirst(
    articles.filter(
      (article) =>
        article.status === "published" &&
        ARTICLE_TYPES[article.type].inNewsSitemap &&
        article.date.getTime() >= since &&
        article.date.getTime() <= buildTime.getTime(),
    ),
  );
}

/** Google wants an ISO 639 code, except `zh-cn` and `zh-tw` for Chinese scripts. */
export function newsLanguage(language: string): string {
  const lower = language.toLowerCase();
  if (/^zh-(?:cn|sg|hans)/.test(lower)) return "zh-cn";
  if (/^zh-(?:tw|hk|mo|hant)/.test(lower)) return "zh-tw";
  return lower.split("-")[0] ?? lower;
}

export function renderNewsSitemaps(
  articles: readonly Article[],
  site: Site,
  buildTime: Date,
  maxUrls = NEWS_SITEMAP_MAX_URLS,
): GeneratedFile[] {
  const publication = xmlElement("news:publication", {}, [
    xmlTextElement("news:name", site.publisher?.name ?? site.title),
    xmlTextElement("news:language", newsLanguage(site.language)),
  ]);
  const render = (chunk: readonly Article[]) =>
    `${XML_DECLARATION}${xmlElement(
      "urlset",
      { xmlns: SITEMAP_NAMESPACE, "xmlns:news": NEWS_SITEMAP_NAMESPACE },
      chunk.map((article) =>
        xmlElement("url", {}, [
          xmlTextElement("loc", absoluteUrl(site.url, article.url)),
          xmlElement("news:news", {}, [
            publication,
            xmlTextElement("news:publication_date", toIsoString(article.date)),
            xmlTextElement("news:title", article.title),
          ]),
        ]),
      ),
    )}\n`;
  const lastmod = (chunk: readonly Article[]) => latest(chunk.map((article) => article.modified));
  return splitSitemap(NEWS_SITEMAP_NAME, recentArticles(articles, buildTime), maxUrls, site.url, render, lastmod);
}
