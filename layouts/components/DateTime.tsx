import { formatDisplayDate, toIsoString } from "../../src/articles/dates.ts";

export function DateTime({ date, language }: { date: Date; language: string }) {
  return <time datetime={toIsoString(date)}>{formatDisplayDate(date, language)}</time>;
}
