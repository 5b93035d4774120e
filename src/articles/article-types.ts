/**
 * The kinds of article a newsroom publishes, in one place: the front-matter schema, the labels
 * pages show and the JSON-LD types are all read from here, so adding a type is one entry.
 */
export const ARTICLE_TYPES = {
  news: { label: undefined, schemaType: "NewsArticle", inNewsSitemap: true },
  opinion: { label: "Opinion", schemaType: "OpinionNewsArticle", inNewsSitemap: true },
  analysis: { label: "Analysis", schemaType: "AnalysisNewsArticle", inNewsSitemap: true },
  review: { label: "Review", schemaType: "ReviewNewsArticle", inNewsSitemap: true },
  explainer: { label: "Explainer", schemaType: "BackgroundNewsArticle", inNewsSitemap: true },
  // Paid content is not news: Google News asks for it to be left out of news sitemaps.
  sponsored: { label: "Sponsored", schemaType: "AdvertiserContentArticle", inNewsSitemap: false },
  // A live blog's body is a series of timed updates (live-updates.ts); its JSON-LD is built apart (live-blog-ld.ts).
  live: { label: "Live blog", schemaType: "LiveBlogPosting", inNewsSitemap: true },
} as const satisfies Record<string, { label: string | undefined; schemaType: string; inNewsSitemap: boolean }>;

export type ArticleType = keyof typeof ARTICLE_TYPES;

export const DEFAULT_ARTICLE_TYPE: ArticleType = "news";

export const ARTICLE_TYPE_NAMES = Object.keys(ARTICLE_TYPES) as [ArticleType, ...ArticleType[]];

/** The label shown above a headline, or undefined for plain news. */
export function articleTypeLabel(type: ArticleType): string | undefined {
  return ARTICLE_TYPES[type].label;
}

/** https://schema.org/NewsArticle and its subtypes. */
export function articleSchemaType(type: ArticleType): string {
  return ARTICLE_TYPES[type].schemaType;
}
