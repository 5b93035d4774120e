import type readingTime from "reading-time";
import { lazily } from "../util/lazy-require.ts";

/** Only CJK text needs the package's own count. */
const loadReadingTime = lazily<typeof readingTime>("reading-time");

/** Whole minutes, rounded up and never below one, as readers expect on a news site. */
export function minutesToRead(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

const WORDS_PER_MINUTE = 200;
/** Characters reading-time counts as one word each (it reads UTF-16 code units, so no astral ones). */
const CJK = /[\u3040-\u309f\u4e00-\u9fff\uac00-\ud7a3]/;

/**
 * reading-time's word count. Without CJK text it is the number of runs between its word bounds
 * (space, tab, line breaks), counted here in one pass: its own loop, or even a regular expression
 * that matches each word, is a large share of a big site's build.
 */
export function readingWordCount(text: string): number {
  if (CJK.test(text)) return loadReadingTime()(text, { wordsPerMinute: WORDS_PER_MINUTE }).words;
  let words = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const bound = code === 32 || code === 10 || code === 13 || code === 9;
    if (!bound && !inWord) words += 1;
    inWord = !bound;
  }
  return words;
}

export function readingTimeLabel(minutes: number): string {
  return `Estimated reading time: ${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
}

/** The short form listings show beside the date: "3 min read". */
export function shortReadingTimeLabel(minutes: number): string {
  return `${minutes} min read`;
}
