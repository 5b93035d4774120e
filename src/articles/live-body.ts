import { articleDayIn, wallClockIn } from "./dates.ts";
import type { ArticleSource } from "./load.ts";
import type { LiveUpdate } from "./live-updates.ts";
import { parseLiveBody, visibleUpdates } from "./live-updates.ts";

/** Where a build's time falls in a live blog's coverage window: before, inside or after it. */
export type LiveState = "upcoming" | "live" | "ended";

/** What pages and structured data need of a live blog: its window, its state and the updates shown, newest first. */
export interface LiveBlogFacts {
  coverageStart?: Date;
  coverageEnd?: Date;
  /** Read once, at build time: the layouts draw it as a badge (layouts/components/LiveBadge.tsx). */
  state: LiveState;
  updates: { id: string; headline: string; time: Date; text: string }[];
}

/** The facts of the updates a build at `buildTime` shows, each update's text rendered as plain text. */
export function liveBlogFacts(
  source: ArticleSource,
  shown: readonly LiveUpdate[],
  buildTime: Date,
  plainText: (markdown: string) => string,
): LiveBlogFacts {
  const updates = shown.map((update) => ({
    id: update.id,
    headline: update.headline,
    time: update.time,
    text: plainText(update.markdown),
  }));
  return { coverageStart: source.coverageStart, coverageEnd: source.coverageEnd, state: liveState(source, buildTime), updates };
}

/**
 * A live blog's body as its page shows it at `buildTime`: the key points, then the updates whose
 * time has come, newest first, each in a `<section>` whose id stays the same as updates are added.
 * Made as Markdown, so that it is rendered and sanitised as every body is; no script is needed.
 * The live state is no part of the body: the layouts draw it, on listings as on the page.
 */
export function liveBlogMarkdown(
  source: ArticleSource,
  buildTime: Date,
  timeZone = "UTC",
): { markdown: string; newest?: Date; shown: LiveUpdate[] } {
  const { summary, updates } = parseLiveBody(source.body, source, timeZone);
  const shown = visibleUpdates(updates, buildTime);
  const parts = [summary];
  for (const update of shown) {
    // The time follows the heading: an id made from a heading that starts with digits is not a valid HTML id.
    parts.push(
      `<section id="${update.id}">`,
      `## ${update.headline || "Update"}`,
      `*${updateTime(source, update.time, timeZone)}*`,
      update.markdown,
      "</section>",
    );
  }
  return { markdown: `${parts.filter((part) => part !== "").join("\n\n")}\n`, newest: shown[0]?.time, shown };
}

/** The window is read at build time, so schedule builds through the coverage and just after it. */
export function liveState(source: Pick<ArticleSource, "coverageStart" | "coverageEnd">, buildTime: Date): LiveState {
  if (source.coverageEnd && buildTime > source.coverageEnd) return "ended";
  if (source.coverageStart && buildTime < source.coverageStart) return "upcoming";
  return "live";
}

/** `14:32` for an update on the article's day, else the date and time, both in the site's time zone as editors write them. */
function updateTime(source: ArticleSource, time: Date, timeZone: string): string {
  const wall = wallClockIn(time, timeZone);
  const sameDay = wall.day === articleDayIn(source.date, timeZone);
  return sameDay ? wall.time : `${wall.day} ${wall.time} ${timeZone}`;
}
