import { type BodyLink, internalLinkCandidates } from "../markdown/body-links.ts";
import type { PoolTask } from "../util/thread-pool.ts";
import { parseArticle, type ParseResult } from "./load.ts";

export interface ParseItem {
  file: string;
  source: string;
}

export interface ParseOptions {
  sectionSlugs: readonly string[];
  /** The site's host: when given, each valid body is also scanned for links into the site. */
  siteHost?: string;
}

/**
 * A file's parse, and its body's candidate links into the site (`internalLinkCandidates`) when
 * asked for: scanned while the body is at hand on the thread that parsed it, rather than read back
 * from the build's text store on the build's own thread for the link check.
 */
export interface ParsedFile {
  result: ParseResult;
  links?: readonly BodyLink[];
}

/** Parses and validates a batch of article files' texts against the site's sections. */
export function parseArticles(items: ParseItem[], options: ParseOptions): ParsedFile[] {
  return items.map(({ file, source }) => {
    const result = parseArticle(file, source, options.sectionSlugs);
    const body = result.article?.body;
    return options.siteHost === undefined || body === undefined
      ? { result }
      : { result, links: internalLinkCandidates(body, options.siteHost) };
  });
}

/** Parsing as a thread pool shares it out (util/thread-pool.ts): a parse is a pure function of the path, the text and the sections. */
export const PARSE_TASK: PoolTask<ParseItem, ParsedFile, ParseOptions> = {
  module: import.meta.url,
  name: "parseArticles",
  run: parseArticles,
  size: (item) => item.source.length,
};
