import type { Article } from "../../src/articles/article.ts";
import type { Thumbnails } from "../../src/pages/thumbnails.ts";
import { Teaser, type TeaserVariant } from "./Teaser.tsx";

export interface ArticleListProps {
  articles: readonly Article[];
  language: string;
  timeZone?: string;
  /** Heading level of each headline, so that the outline stays correct wherever the list is. */
  headingLevel: 2 | 3;
  showSummary?: boolean;
  showSection?: boolean;
  variant?: TeaserVariant;
  thumbnails?: Thumbnails;
  /** The first image is the page's first: fetched at once, with high priority. */
  priorityFirst?: boolean;
  class?: string;
}

export function ArticleList(props: ArticleListProps) {
  const { articles, thumbnails = {}, variant = "list", priorityFirst = false } = props;
  const firstWithImage = priorityFirst ? articles.find((article) => thumbnails[article.url]) : undefined;
  return (
    <ol class={["article-list", `article-list-${variant}`, props.class].filter(Boolean).join(" ")}>
      {articles.map((article) => (
        <li key={article.url}>
          <Teaser
            article={article}
            variant={variant}
            headingLevel={props.headingLevel}
            language={props.language}
            timeZone={props.timeZone ?? "UTC"}
            image={thumbnails[article.url]}
            priority={article === firstWithImage}
            showSummary={props.showSummary}
            showSection={props.showSection}
          />
        </li>
      ))}
    </ol>
  );
}
