import { articleTypeLabel, type ArticleType } from "../../src/articles/article-types.ts";

/** "Opinion", "Sponsored"…: above the headline for every type but plain news. */
export function TypeLabel({ type }: { type: ArticleType }) {
  const label = articleTypeLabel(type);
  if (!label) return null;
  return <p class={`type-label type-label-${type}`}>{label}</p>;
}
