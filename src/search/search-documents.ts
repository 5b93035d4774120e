import type { Article } from "../articles/article.ts";
import { formatDisplayDate, toIsoString } from "../articles/dates.ts";
import { newestFirst } from "../listings/sort.ts";
import type { SearchDocument } from "./search-index.ts";
import { textHash, type StoredText } from "../util/text-store.ts";

/** Each article's body as plain text, by URL (a Map is one), as a string or as a stored text whose hash is known. */
export interface BodyTexts {
  get(url: string): string | StoredText | undefined;
}

/** Search documents in order, made a slice at a time. */
export interface DocumentList {
  readonly length: number;
  slice(start: number, end: number): SearchDocument[];
  /**
   * The same documents without their text (`textKey` names it): the search worker asks for the
   * text (`text`) only of the documents whose terms its cache lacks, so an unchanged article's
   * text is neither read nor sent.
   */
  heads(start: number, end: number): SearchDocument[];
  /** The text of the document at `index`. */
  text(index: number): string;
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
  const documents = (start: number, end: number, withText: boolean) =>
    sorted.slice(start, end).map((article) => searchDocument(article, bodyText, { language, timeZone, withText }));
  return {
    length: sorted.length,
    slice: (start, end) => documents(start, end, true),
    heads: (start, end) => documents(start, end, false),
    text: (index) => textOf(sorted[index] as Article, bodyText),
  };
}

function searchDocument(
  article: Article,
  bodyText: BodyTexts,
  options: { language: string; timeZone: string; withText: boolean },
): SearchDocument {
  const body = bodyText.get(article.url) ?? "";
  return {
    url: article.url,
    title: article.title,
    section: article.sectionTitle,
    displayDate: formatDisplayDate(article.date, options.language, options.timeZone),
    dateTime: toIsoString(article.date),
    excerpt: article.description,
    text: options.withText ? textOf(article, bodyText) : "",
    textKey: `${textHash(article.summary ?? "")}:${typeof body === "string" ? textHash(body) : body.hash}`,
  };
}

function textOf(article: Article, bodyText: BodyTexts): string {
  const body = bodyText.get(article.url) ?? "";
  return `${article.summary ?? ""}\n${typeof body === "string" ? body : body.text()}`;
}

/** Documents already made, as a list: those without a `textKey` keep their text in `heads`, which names nothing else. */
export function documentArray(documents: readonly SearchDocument[]): DocumentList {
  return {
    length: documents.length,
    slice: (start, end) => documents.slice(start, end),
    heads: (start, end) =>
      documents.slice(start, end).map((document) => (document.textKey === undefined ? document : { ...document, text: "" })),
    text: (index) => (documents[index] as SearchDocument).text,
  };
}
