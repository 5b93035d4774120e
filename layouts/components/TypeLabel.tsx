import { articleTypeLabel, type ArticleType } from "../../src/articles/article-types.ts";
import type { LiveState } from "../../src/articles/live-body.ts";
import { LiveBadge } from "./LiveBadge.tsx";

/** "Opinion", "Sponsored"…: above the headline for every type but plain news; a live blog's badge beside it. */
export function TypeLabel({ type, live }: { type: ArticleType; live?: LiveState }) {
  const label = articleTypeLabel(type);
  if (!label) return null;
  return (
    <p class={`type-label type-label-${type}`}>
      {label}
      {live && " "}
      {live && <LiveBadge state={live} />}
    </p>
  );
}
