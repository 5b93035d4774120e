import readingTime from "reading-time";

/** Whole minutes, rounded up and never below one, as readers expect on a news site. */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.ceil(readingTime(text).minutes));
}

export function readingTimeLabel(minutes: number): string {
  return `Estimated reading time: ${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
}
