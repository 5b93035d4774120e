import type { PoolTask } from "../util/thread-pool.ts";
import { parseArticle, type ParseResult } from "./load.ts";

export interface ParseItem {
  file: string;
  source: string;
}

/** Parses and validates a batch of article files' texts against the site's sections. */
export function parseArticles(items: ParseItem[], options: { sectionSlugs: readonly string[] }): ParseResult[] {
  return items.map(({ file, source }) => parseArticle(file, source, options.sectionSlugs));
}

/** Parsing as a thread pool shares it out (util/thread-pool.ts): a parse is a pure function of the path, the text and the sections. */
export const PARSE_TASK: PoolTask<ParseItem, ParseResult, { sectionSlugs: readonly string[] }> = {
  module: import.meta.url,
  name: "parseArticles",
  run: parseArticles,
  size: (item) => item.source.length,
};
