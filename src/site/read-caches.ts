import type { ArticleParser } from "../articles/load.ts";
import { ParseCache } from "../articles/parse-cache.ts";
import type { BuildCache } from "../cache/build-cache.ts";
import type { LinkMemo } from "./internal-links.ts";
import { LinkCache } from "./link-cache.ts";

/** What reading the content remembers: parses and body links, from the preview's memos or a build's cache. */
export interface ReadCaches {
  parsed?: ArticleParser;
  links?: LinkMemo;
  /** Keeps what the read added to the build's cache; the preview's memos need no saving. */
  save(): Promise<void>;
}

/**
 * The preview's own memos come first (`parsed`, `links`); a one-off build or check reads and
 * keeps the persistent cache's stores instead.
 */
export async function openReadCaches(
  cache: BuildCache | undefined,
  memos: { parsed?: ArticleParser; links?: LinkMemo },
): Promise<ReadCaches> {
  const parseCache = memos.parsed || cache === undefined ? undefined : await ParseCache.open(cache);
  const linkCache = memos.links || cache === undefined ? undefined : await LinkCache.open(cache);
  return {
    parsed: memos.parsed ?? parseCache,
    links: memos.links ?? linkCache,
    async save() {
      await parseCache?.save();
      await linkCache?.save();
    },
  };
}
