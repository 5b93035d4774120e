import type { Article } from "../articles/article.ts";
import type { Section } from "../site/schema.ts";

export const FRONT_TOP_STORIES = 5;
export const FRONT_SECTION_STORIES = 4;

export interface FrontPage {
  lead?: Article;
  top: Article[];
  sectionBlocks: { section: Section; articles: Article[] }[];
}

/**
 * The front page's running order: the newest featured article leads (else the newest article), the
 * next newest are the top stories, then each section in sections.json order shows its newest
 * articles not already shown above it, so that no story appears twice.
 */
export function planFrontPage(
  newestFirst: readonly Article[],
  bySection: ReadonlyMap<string, readonly Article[]>,
  sections: readonly Section[],
): FrontPage {
  const lead = newestFirst.find((article) => article.featured) ?? newestFirst[0];
  const top = newestFirst.filter((article) => article !== lead).slice(0, FRONT_TOP_STORIES);
  const shown = new Set<Article>(lead ? [lead, ...top] : top);
  const sectionBlocks = sections.map((section) => {
    const articles = (bySection.get(section.slug) ?? []).filter((article) => !shown.has(article)).slice(0, FRONT_SECTION_STORIES);
    for (const article of articles) shown.add(article);
    return { section, articles };
  });
  return { lead, top, sectionBlocks };
}
