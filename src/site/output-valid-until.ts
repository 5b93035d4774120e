import type { Article } from "../articles/article.ts";
import { ARTICLE_TYPES } from "../articles/article-types.ts";
import { isoDayIn } from "../articles/dates.ts";
import type { ArticleSource } from "../articles/load.ts";
import { parseLiveBody } from "../articles/live-updates.ts";
import { feedSpecs, latestModified } from "../distribution/feeds.ts";
import { NEWS_WINDOW_MS } from "../distribution/news-sitemap.ts";
import type { SiteContext } from "../pages/types.ts";

/**
 * Every way a build's output depends on its build time, as the earliest instant after it at which
 * a build of the same content would write something else. A later build whose time falls in
 * [build time, that instant) would write the same bytes, so it may keep the output as it is
 * (src/build/unchanged-build.ts). A use of the build time that is not counted here lets a build
 * skip wrongly: any new reader of `buildTime` must add its rule below.
 */

/** The earliest moment at which a source's own dates change what a build shows, or undefined. */
export function nextSourceChange(sources: readonly ArticleSource[], buildTime: Date, timeZone: string): Date | undefined {
  const now = buildTime.getTime();
  const times: number[] = [];
  for (const source of sources) {
    // A draft stays out whatever the time; its dates change nothing.
    if (source.draft) continue;
    // A scheduled article appears at its date (src/articles/status.ts).
    times.push(source.date.getTime());
    if (source.type === "live") times.push(...liveBlogChanges(source, timeZone));
  }
  const earliest = earliestAfter(now, times);
  return earliest === undefined ? undefined : new Date(earliest);
}

/**
 * A live blog's page changes when its coverage starts ("upcoming" to "live"), just after it ends
 * ("live" to "ended": src/articles/live-body.ts), and at each update's time, before which the
 * update is hidden (src/articles/live-updates.ts).
 */
function liveBlogChanges(source: ArticleSource, timeZone: string): number[] {
  const times: number[] = [];
  if (source.coverageStart) times.push(source.coverageStart.getTime());
  if (source.coverageEnd) times.push(source.coverageEnd.getTime() + 1);
  for (const update of parseLiveBody(source.body, source, timeZone).updates) times.push(update.time.getTime());
  return times;
}

export interface OutputTimeInputs {
  context: Pick<SiteContext, "buildTime" | "site" | "sections">;
  /** The articles the build shows. */
  articles: readonly Article[];
  /** `nextSourceChange` of every article read, drafts and scheduled ones included. */
  sourceChange: Date | undefined;
  /** Whether a developer template may print the build time itself (`developerPagesShowTime`). */
  developerPagesShowTime: boolean;
}

/** The earliest instant after the build time at which this build's output would be different. */
export function outputValidUntil(inputs: OutputTimeInputs): Date {
  const { buildTime, site, sections } = inputs.context;
  const now = buildTime.getTime();
  const justAfter = now + 1;
  const times = [
    ...(inputs.sourceChange ? [inputs.sourceChange.getTime()] : []),
    ...newsWindowEnds(inputs.articles),
    nextUtcYear(buildTime),
    nextDay(buildTime, site.timeZone),
  ];
  // An empty feed's `updated` is the build time itself (src/distribution/atom.ts).
  if (feedSpecs(inputs.articles, site, sections).some((feed) => latestModified(feed.articles) === undefined)) times.push(justAfter);
  // A template that prints the build time changes with every build time.
  if (inputs.developerPagesShowTime) times.push(justAfter);
  return new Date(earliestAfter(now, times) ?? justAfter);
}

/** A news article leaves the news sitemap once it is older than its window (src/distribution/news-sitemap.ts). */
function newsWindowEnds(articles: readonly Article[]): number[] {
  return articles
    .filter((article) => article.status === "published" && ARTICLE_TYPES[article.type].inNewsSitemap)
    .map((article) => article.date.getTime() + NEWS_WINDOW_MS + 1);
}

/** The footer's copyright year (layouts/components/SiteFooter.tsx) is the build's UTC year. */
function nextUtcYear(buildTime: Date): number {
  return Date.UTC(buildTime.getUTCFullYear() + 1, 0, 1);
}

/**
 * The front page's dateline is the build's day in the site's time zone (src/site/load-site.ts):
 * the first millisecond of the next day there, found by halving, since a day there may last 23 or
 * 25 hours.
 */
function nextDay(buildTime: Date, timeZone: string): number {
  const today = isoDayIn(buildTime, timeZone);
  let sameDay = buildTime.getTime();
  let otherDay = sameDay + 2 * 24 * 60 * 60 * 1000;
  while (otherDay - sameDay > 1) {
    const middle = Math.floor((sameDay + otherDay) / 2);
    if (isoDayIn(new Date(middle), timeZone) === today) sameDay = middle;
    else otherDay = middle;
  }
  return otherDay;
}

/**
 * Whether developer templates may print the time themselves: they see `newsroom.buildTime`,
 * Eleventy's `page.date` (for a template without a date, a time of Eleventy's choosing), and a
 * `.11ty.js` template can read the clock. Judged from their text, so a template that only names
 * them counts too, which costs a rebuild, never a wrong skip.
 */
export function developerPagesShowTime(templateTexts: readonly string[]): boolean {
  return templateTexts.some((text) => /buildTime|page\.date|Date\.now|new Date\(\s*\)/.test(text));
}

function earliestAfter(now: number, times: readonly number[]): number | undefined {
  let earliest: number | undefined;
  for (const time of times) if (time > now && (earliest === undefined || time < earliest)) earliest = time;
  return earliest;
}
