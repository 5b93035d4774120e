import type { Article } from "../articles/article.ts";
import { formatDisplayDate, toIsoString } from "../articles/dates.ts";
import { newestFirst } from "../listings/sort.ts";
import type { SearchDocument } from "./search-index.ts";

/**
 * What the search index holds of each article, newest first so that newer articles win ties.
 * `bodyText` gives each article's body as plain text, by URL.
 */
export function searchDocuments(
  articles: readonly Article[],
  bodyText: ReadonlyMap<string, string>,
  language: string,
  timeZone = "UTC",
): SearchDocument[] {
  return newestFirst(articles).map((article) => ({
    url: article.url,
    title: article.title,
    section: article.sectionTitle,
    displayDate: formatDisplayDate(article.date, language, timeZone),
    dateTime: toIsoString(article.date),
    excerpt: article.description,
    text: `${article.summary ?? ""}\n${bodyText.get(article.url) ?? ""}`,
  }));
}
