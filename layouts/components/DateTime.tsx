import { formatDisplayDate, formatDisplayDateTime, toIsoString } from "../../src/articles/dates.ts";

export interface DateTimeProps {
  date: Date;
  language: string;
  /** site.json `timeZone`: what readers see; `datetime` stays in UTC. */
  timeZone?: string;
  /** Adds the time of day and the zone's abbreviation, as the article page shows them. */
  withTime?: boolean;
}

export function DateTime({ date, language, timeZone = "UTC", withTime = false }: DateTimeProps) {
  const text = withTime ? formatDisplayDateTime(date, language, timeZone) : formatDisplayDate(date, language, timeZone);
  return <time datetime={toIsoString(date)}>{text}</time>;
}
