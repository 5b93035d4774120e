/**
 * The kinds of article a newsroom publishes, as `type:` in the front matter. `live` is a live
 * blog: its body is a series of timed updates (live-updates.ts).
 */
export const ARTICLE_TYPES = ["live"] as const;

export type ArticleType = (typeof ARTICLE_TYPES)[number];
