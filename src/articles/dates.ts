/**
 * Strict ISO 8601 dates. `new Date("2024-02-30")` silently rolls over to March;
 * editors must instead get an error, so every component is checked after parsing.
 */
const ISO_DATE_OR_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;

export function parseIsoDate(text: string): Date | undefined {
  const match = ISO_DATE_OR_DATE_TIME.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hour = "00", minute = "00", second = "00", fraction = "0", zone = "Z"] = match;
  const utc = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
    Math.floor(Number(`0.${fraction}`) * 1000),
  );
  const asWritten = new Date(utc);
  const calendarIsReal =
    asWritten.getUTCFullYear() === Number(year) &&
    asWritten.getUTCMonth() === Number(month) - 1 &&
    asWritten.getUTCDate() === Number(day) &&
    asWritten.getUTCHours() === Number(hour) &&
    asWritten.getUTCMinutes() === Number(minute) &&
    asWritten.getUTCSeconds() === Number(second);
  if (!calendarIsReal || zoneOffsetProblem(zone) !== undefined) return undefined;
  return new Date(utc - zoneOffsetMinutes(zone) * 60_000);
}

/**
 * The real dates that `30/11/2026`, `11/30/2026` or `30.11.2026` can mean, read day-first and
 * month-first, as year-month-day: one when the input is unambiguous, two when it is not (05/06/2026).
 */
export function isoReadingsOf(text: string): string[] {
  const match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text.trim());
  if (!match) return [];
  const [, first = "", , second = "", year = ""] = match;
  const iso = (month: string, day: string) => `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  const readings = [iso(second, first), iso(first, second)].filter((reading) => parseIsoDate(reading) !== undefined);
  return [...new Set(readings)];
}

/** Offsets in use on Earth run from UTC-12:00 to UTC+14:00; `+25:00` is a typo, not a zone. */
const EARLIEST_OFFSET_MINUTES = -12 * 60;
const LATEST_OFFSET_MINUTES = 14 * 60;

/**
 * What is wrong with the zone offset written in an ISO date-time (`+25:00`, `+05:75`), if anything:
 * such a date would otherwise be read as a real moment, hours away from what the editor meant.
 */
export function isoDateOffsetProblem(text: string): string | undefined {
  const zone = ISO_DATE_OR_DATE_TIME.exec(text.trim())?.[8];
  return zone === undefined ? undefined : zoneOffsetProblem(zone);
}

function zoneOffsetProblem(zone: string): string | undefined {
  if (zone === "Z") return undefined;
  const minutes = Number(zone.slice(4));
  const offset = zoneOffsetMinutes(zone);
  if (minutes < 60 && offset >= EARLIEST_OFFSET_MINUTES && offset <= LATEST_OFFSET_MINUTES) return undefined;
  return `offset ${zone} is out of range (expected -12:00 to +14:00)`;
}

function zoneOffsetMinutes(zone: string): number {
  if (zone === "Z") return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const [hours, minutes] = zone.slice(1).split(":").map(Number);
  return sign * ((hours ?? 0) * 60 + (minutes ?? 0));
}

/**
 * Dates are shown in the site's time zone (site.json `timeZone`, UTC by default), never the build
 * machine's, so that the output does not depend on where it is built.
 */
export function formatDisplayDate(date: Date, language: string, timeZone = "UTC"): string {
  const zone = isDateOnly(date) ? "UTC" : timeZone;
  return memoised(displayDates, date, `${language}|${zone}`, () => dateFormat(language, zone, "date").format(date));
}

/** "30 November 2026, 14:30 CET": the date, then the time with the zone's abbreviation. */
export function formatDisplayDateTime(date: Date, language: string, timeZone = "UTC"): string {
  const day = formatDisplayDate(date, language, timeZone);
  return isDateOnly(date) ? day : `${day}, ${dateFormat(language, timeZone, "time").format(date)}`;
}

/**
 * Front matter written as a day (`date: 2026-10-03`) is read as midnight UTC. It means that day
 * wherever the reader is, with no time of day: in New York midnight UTC is the evening before.
 */
function isDateOnly(date: Date): boolean {
  return date.getTime() % 86_400_000 === 0;
}

/** "Monday 30 November 2026": the front page's dateline. */
export function formatDateline(date: Date, language: string, timeZone = "UTC"): string {
  return dateFormat(language, timeZone, "full").format(date);
}

/** The calendar day (YYYY-MM-DD) of a moment in a time zone, for `<time datetime>` of a dateline. */
export function isoDayIn(date: Date, timeZone = "UTC"): string {
  const parts = dateFormat("en", timeZone, "day").formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/**
 * The calendar day (YYYY-MM-DD) an article's `date` falls on in a time zone. A date written as a
 * day (midnight UTC) is that day everywhere, as formatDisplayDate shows it.
 */
export function articleDayIn(date: Date, timeZone = "UTC"): string {
  return isoDayIn(date, isDateOnly(date) ? "UTC" : timeZone);
}

/**
 * The moment a wall-clock time on a day (`2026-07-01`, 14, 32) is in a time zone: 12:32Z in
 * Europe/Warsaw in summer. The zone's offset is read with Intl at a guess, then at the moment
 * that guess gives, so that a time just after a change of offset (DST) uses the new offset.
 */
export function zonedTime(day: string, hour: number, minute: number, timeZone = "UTC"): Date {
  const [year, month, date] = day.split("-").map(Number);
  const wall = Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1, hour, minute);
  let guess = wall - zoneOffsetAt(wall, timeZone);
  guess = wall - zoneOffsetAt(guess, timeZone);
  return new Date(guess);
}

/** The day (YYYY-MM-DD) and 24-hour clock time (HH:MM) a moment has in a time zone. */
export function wallClockIn(date: Date, timeZone = "UTC"): { day: string; time: string } {
  const parts = dateFormat("en", timeZone, "wall").formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? "";
  const hour = String(Number(part("hour")) % 24).padStart(2, "0");
  return { day: `${part("year")}-${part("month")}-${part("day")}`, time: `${hour}:${part("minute")}` };
}

/** How far ahead of UTC a time zone's clocks are at a moment, in milliseconds. */
function zoneOffsetAt(instant: number, timeZone: string): number {
  const parts = dateFormat("en", timeZone, "wall").formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour") % 24, part("minute"), part("second"));
  return wall - Math.floor(instant / 1000) * 1000;
}

const FORMAT_OPTIONS: Record<"date" | "time" | "full" | "day" | "wall", Intl.DateTimeFormatOptions> = {
  date: { dateStyle: "long" },
  time: { hour: "numeric", minute: "2-digit", timeZoneName: "short" },
  full: { dateStyle: "full" },
  day: { year: "numeric", month: "2-digit", day: "2-digit" },
  wall: { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" },
};

// Creating an Intl.DateTimeFormat costs ~0.1 ms; pages show several dates each.
const DISPLAY_FORMATS = new Map<string, Intl.DateTimeFormat>();

function dateFormat(language: string, timeZone: string, kind: keyof typeof FORMAT_OPTIONS): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}|${kind}`;
  let format = DISPLAY_FORMATS.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { ...FORMAT_OPTIONS[kind], timeZone });
    DISPLAY_FORMATS.set(key, format);
  }
  return format;
}

/** Whether Intl knows the zone: an IANA name such as Europe/Warsaw, or UTC. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function toIsoString(date: Date): string {
  return memoised(isoStrings, date, "", () => date.toISOString().replace(".000Z", "Z"));
}

// An article's dates are shown on its page and on every listing, feed and sitemap that includes
// it: each is formatted once, since `Intl` formatting is a large share of a build. Keyed by the
// Date and its time, since a Date can be changed in place.
const displayDates = new WeakMap<Date, { time: number; variant: string; text: string }>();
const isoStrings = new WeakMap<Date, { time: number; variant: string; text: string }>();

function memoised(
  memo: WeakMap<Date, { time: number; variant: string; text: string }>,
  date: Date,
  variant: string,
  format: () => string,
): string {
  const time = date.getTime();
  const known = memo.get(date);
  if (known && known.time === time && known.variant === variant) return known.text;
  const text = format();
  memo.set(date, { time, variant, text });
  return text;
}

/** The build's notion of "now": `BUILD_NOW` makes builds reproducible. */
export function resolveBuildTime(buildNow: string | undefined, clock: () => Date = () => new Date()): Date {
  if (buildNow === undefined || buildNow.trim() === "") return clock();
  const parsed = parseIsoDate(buildNow);
  if (!parsed) {
    throw new Error(`BUILD_NOW: "${buildNow}" is not a valid date (expected an ISO date-time such as 2026-11-28T12:00:00Z)`);
  }
  return parsed;
}
