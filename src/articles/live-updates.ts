import { articleDayIn, parseIsoDate, toIsoString, zonedTime } from "./dates.ts";

/** One update of a live blog: a `## ` heading that starts with its time, and the text under it. */
export interface LiveUpdate {
  time: Date;
  /** The heading after the time. */
  headline: string;
  /** The update's text, in Markdown, without its heading. */
  markdown: string;
  /** 0-based line of the heading in the body. */
  line: number;
  /** Stable while the update's time is: `update-2026-11-30t1432z`. */
  id: string;
}

export interface LiveBody {
  /** The text before the first update: the key points. */
  summary: string;
  updates: LiveUpdate[];
  problems: { line: number; message: string }[];
}

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/;
const expected = (timeZone: string) =>
  `expected HH:MM on the article's date, in the site's time zone (${timeZone}), or a date-time such as 2026-11-30T14:32Z`;

/**
 * Splits a live blog's body at its `## ` headings, each of which must start with a time: `14:32`
 * (in the site's time zone, site.json `timeZone`, on the day of the article's `date` there) or a
 * full ISO date-time. Headings inside fenced code are text. Times outside the coverage window and
 * repeated times are problems.
 */
export function parseLiveBody(body: string, window: { date: Date; coverageStart?: Date; coverageEnd?: Date }, timeZone = "UTC"): LiveBody {
  const lines = body.split("\n");
  const headings = updateHeadings(lines);
  const problems: LiveBody["problems"] = [];
  const seen = new Set<number>();
  const updates: LiveUpdate[] = [];
  headings.forEach((heading, index) => {
    const [written = "", ...rest] = heading.text.split(/\s+/);
    const time = updateTime(written, window.date, timeZone);
    if (!time) {
      problems.push({ line: heading.line, message: `update time "${written}" is not a time (${expected(timeZone)})` });
      return;
    }
    const problem = windowProblem(written, time, window) ?? repeated(written, time, seen);
    if (problem) problems.push({ line: heading.line, message: problem });
    seen.add(time.getTime());
    const end = headings[index + 1]?.line ?? lines.length;
    const markdown = lines
      .slice(heading.line + 1, end)
      .join("\n")
      .trim();
    updates.push({ time, headline: rest.join(" "), markdown, line: heading.line, id: updateId(time) });
  });
  const summary = lines
    .slice(0, headings[0]?.line ?? lines.length)
    .join("\n")
    .trim();
  return { summary, updates: updates.sort((a, b) => b.time.getTime() - a.time.getTime()), problems };
}

/** The updates a build at `buildTime` shows: a future one waits for a build at or after its time. */
export function visibleUpdates(updates: readonly LiveUpdate[], buildTime: Date): LiveUpdate[] {
  return updates.filter((update) => update.time.getTime() <= buildTime.getTime());
}

export function updateId(time: Date): string {
  // Seconds only when an update has them: editors write minutes.
  return `update-${toIsoString(time).replace(/:00Z$/, "Z").replace(/:/g, "").toLowerCase()}`;
}

function updateHeadings(lines: readonly string[]): { line: number; text: string }[] {
  const headings: { line: number; text: string }[] = [];
  let fence: string | undefined;
  lines.forEach((line, index) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === undefined || marker.startsWith(fence))) fence = fence === undefined ? marker.slice(0, 3) : undefined;
    else if (fence === undefined && /^## /.test(line)) headings.push({ line: index, text: line.slice(3).trim() });
  });
  return headings;
}

function updateTime(written: string, date: Date, timeZone: string): Date | undefined {
  const clock = CLOCK_TIME.exec(written);
  if (clock) return zonedTime(articleDayIn(date, timeZone), Number(clock[1]), Number(clock[2]), timeZone);
  return DATE_TIME.test(written) ? parseIsoDate(written) : undefined;
}

function windowProblem(written: string, time: Date, window: { coverageStart?: Date; coverageEnd?: Date }): string | undefined {
  const expected = "expected a time within the coverage window";
  if (window.coverageStart && time < window.coverageStart)
    return `update time ${written} is before coverageStart ${toIsoString(window.coverageStart)} (${expected})`;
  if (window.coverageEnd && time > window.coverageEnd)
    return `update time ${written} is after coverageEnd ${toIsoString(window.coverageEnd)} (${expected})`;
  return undefined;
}

function repeated(written: string, time: Date, seen: ReadonlySet<number>): string | undefined {
  return !seen.has(time.getTime())
    ? undefined
    : `update time ${written} is also the time of an earlier update (expected one update per time, e.g. a minute later)`;
}
