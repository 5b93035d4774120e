import type { Article } from "../articles/article.ts";
import { formatDisplayDate, toIsoString } from "../articles/dates.ts";
import { newestFirst } from "../listings/sort.ts";
import type { SearchDocument } from "./search-index.ts";

/** Each article's body as plain text, by URL (a Map is one). */
export interface BodyTexts {
  get(url: string): string | undefined;
}

/** Search documents in order, made a slice at a time (an array is one). */
export interface DocumentList {
  readonly length: number;
  slice(start: number, end: number): SearchDocument[];
}

/**
 * What the search index holds of each article, newest first so that newer articles win ties.
 * `bodyText` gives each article's body as plain text, by URL.
 */
export function searchDocuments(articles: readonly Article[], bodyText: BodyTexts, language: string, timeZone = "UTC"): SearchDocument[] {
  const list = searchDocumentList(articles, bodyText, language, timeZone);
  return list.slice(0, list.length);
}

/**
 * The same documents, each slice made when asked for: a large site's search text then exists only
 * for the slice being handed to the search worker, never for every article at once.
 */
export function searchDocumentList(articles: readonly Article[], bodyText: BodyTexts, language: string, timeZone = "UTC"): DocumentList {
  const sorted = newestFirst(articles);
  return {
    length: sorted.length,
    slice: (start, end) => sorted.slice(start, end).map((article) => searchDocument(article, bodyText, language, timeZone)),
  };
}

function searchDocument(article: Article, bodyText: BodyTexts, language: string, timeZone: string): SearchDocument {
  return {
    url: article.url,
    title: article.title,
    section: article.sectionTitle,
    displayDate: formatDisplayDate(article.date, language, timeZone),
    dateTime: toIsoString(article.date),
    excerpt: article.description,
    text: `${article.summary ?? ""}\n${bodyText.get(article.url) ?? ""}`,
  };
}
