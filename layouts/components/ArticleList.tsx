import type { Article } from "../../src/articles/article.ts";
import { readingTimeLabel } from "../../src/articles/reading-time.ts";
import { DateTime } from "./DateTime.tsx";

export interface ArticleListProps {
  articles: readonly Article[];
  language: string;
  /** Heading level of each headline, so that the outline stays correct wherever the list is. */
  headingLevel: 2 | 3;
  showSummary?: boolean;
  showSection?: boolean;
}

export function ArticleList({ articles, language, headingLevel, showSummary = true, showSection = false }: ArticleListProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol class="article-list">
      {articles.map((article) => (
        <li key={article.url} class="article-card">
          <Heading class="article-card-title">
            <a href={article.url}>{article.title}</a>
          </Heading>
          {showSummary && <p class="article-card-summary">{article.description}</p>}
          <p class="article-card-meta">
            {showSection && <span class="article-card-section">{article.sectionTitle} · </span>}
            <DateTime date={article.date} language={language} />
            <span> · {readingTimeLabel(article.readingMinutes)}</span>
          </p>
        </li>
      ))}
    </ol>
  );
}
