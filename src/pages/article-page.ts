import type { Article } from "../articles/article.ts";
import type { Section } from "../site/schema.ts";
import type { ArticleExtras } from "./article-extras.ts";
import type { PageOfKind } from "./types.ts";

/**
 * An article's page, at the article's URL. The build and the preview's quick rebuild of an edited
 * article both make it here, so that the two never differ in what the page holds.
 */
export function articlePage(article: Article, section: Section, moreInSection: Article[], extras: ArticleExtras): PageOfKind<"article"> {
  return { kind: "article", url: article.url, article, section, moreInSection, extras };
}
