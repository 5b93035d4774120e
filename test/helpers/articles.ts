import type { Article } from "../../src/articles/article.ts";
import type { ArticleSource } from "../../src/articles/load.ts";
import { bodyImages } from "../../src/markdown/image-tags.ts";
import { textsInMemory, type StoredText } from "../../src/util/text-store.ts";

const texts = textsInMemory();

/** An article's overrides, with its HTML given as a string. */
export type ArticleOverrides = Partial<Omit<Article, "html">> & { html?: string | StoredText };

/** A published article of `section` on day `day` of January 2026, for listing and page tests. */
export function testArticle(section: string, day: number, { html = "", ...overrides }: ArticleOverrides = {}): Article {
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
    html: typeof html === "string" ? texts.put(html) : html,
    headings: [],
    // As the rendering would have found them in this HTML; an HTML given stored is not read.
    bodyImages: typeof html === "string" ? bodyImages(html) : [],
    wordCount: 0,
    readingMinutes: 1,
    description: "",
    sectionTitle: section,
    modified: date,
    ...overrides,
  };
}

/** A parsed article file, "Story" in world on 1 January 2026, before its Markdown is rendered. */
export function testSource(overrides: Partial<ArticleSource> = {}): ArticleSource {
  return {
    title: "Story",
    date: new Date(Date.UTC(2026, 0, 1)),
    section: "world",
    author: [],
    tags: [],
    type: "news",
    featured: false,
    draft: false,
    corrections: [],
    file: "story.md",
    slug: "story",
    url: "/world/story/",
    body: "Text.",
    ...overrides,
  };
}
