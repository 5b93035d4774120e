import type { Article } from "../articles/article.ts";
import { formatDisplayDate, toIsoString } from "../articles/dates.ts";
import { newestFirst } from "../listings/sort.ts";
import type { FilePage } from "../pages/types.ts";
import { buildSearchIndex, type SearchDocument } from "./search-index.ts";

/**
 * The search index as files of the site, newest articles first so that they win ties.
 * `bodyText` gives each article's body as plain text, by URL.
 */
export function searchIndexPages(articles: readonly Article[], bodyText: ReadonlyMap<string, string>, language: string): FilePage[] {
  const documents = newestFirst(articles).map(
    (article): SearchDocument => ({
      url: article.url,
      title: article.title,
      section: article.sectionTitle,
      displayDate: formatDisplayDate(article.date, language),
      dateTime: toIsoString(article.date),
      excerpt: article.description,
      text: `${article.summary ?? ""}\n${bodyText.get(article.url) ?? ""}`,
    }),
  );
  return buildSearchIndex(documents).map((file) => ({ kind: "file", contentType: "application/json", ...file }));
}
