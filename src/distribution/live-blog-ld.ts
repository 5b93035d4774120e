import type { LiveBlogFacts } from "../articles/live-body.ts";
import { toIsoString } from "../articles/dates.ts";
import type { JsonLd } from "./json-ld-type.ts";

/**
 * The fields that make an article's structured data a live blog:
 * https://schema.org/LiveBlogPosting, each update a `BlogPosting` linking to its anchor.
 */
export function liveBlogFields(live: LiveBlogFacts, url: string): JsonLd {
  return {
    "@type": "LiveBlogPosting",
    ...(live.coverageStart ? { coverageStartTime: toIsoString(live.coverageStart) } : {}),
    ...(live.coverageEnd ? { coverageEndTime: toIsoString(live.coverageEnd) } : {}),
    liveBlogUpdate: live.updates.map((update) => ({
      "@type": "BlogPosting",
      headline: update.headline,
      datePublished: toIsoString(update.time),
      articleBody: update.text,
      url: `${url}#${update.id}`,
    })),
  };
}
