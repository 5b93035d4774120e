import type { Article } from "../../src/articles/article.ts";

/** A published article of `section` on day `day` of January 2026, for listing and page tests. */
export function testArticle(section: string, day: number, overrides: Partial<Article> = {}): Article {
  const date = new Date(Date.UTC(2026, 0, day));
  return {
    title: `${section} ${day}`,
    date,
    section,
    author: [],
    tags: [],
    type: "news",
    featured: false,
    draft: false,
    corrections: [],
    file: `${section}-${day}.md`,
    slug: `${section}-${day}`,
    url: `/${section}/${section}-${day}/`,
    status: "published",
    html: "",
    headings: [],
    wordCount: 0,
    readingMinutes: 1,
    description: "",
    sectionTitle: section,
    modified: date,
    ...overrides,
  };
}
