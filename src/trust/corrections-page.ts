import type { Article } from "../articles/article.ts";
import type { CorrectionEntry, Page } from "../pages/types.ts";
import { CORRECTIONS_URL } from "../urls/urls.ts";

/**
 * `/corrections/`: every correction of the published articles, newest first (on one day, in the
 * order the articles' editors wrote them), each with its article's headline and link. None when no
 * article has a correction, so that the footer links to it only when it says something.
 */
export function correctionsPage(articles: readonly Article[]): Page[] {
  const entries: CorrectionEntry[] = articles
    .filter((article) => article.status === "published")
    .flatMap((article) =>
      article.corrections.map((correction) => ({ date: correction.date, text: correction.text, title: article.title, url: article.url })),
    );
  if (entries.length === 0) return [];
  entries.sort((a, b) => b.date.getTime() - a.date.getTime() || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return [{ kind: "corrections", url: CORRECTIONS_URL, entries }];
}
