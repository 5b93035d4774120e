import type { BuildCache, EntryStore } from "../cache/build-cache.ts";
import { storedBody } from "../articles/stored-bodies.ts";
import type { BodyLink } from "../markdown/body-links.ts";
import { markdownHash } from "../markdown/render-cache.ts";
import type { LinkingArticle, LinkMemo } from "./internal-links.ts";

/**
 * Each body's candidate links, kept across builds by a hash of the body and the site's host, so
 * that a build after one edit neither reads the Markdown of every unchanged article back from the
 * text store nor scans it again. Only the candidates are kept: whether a link works is decided
 * afresh by every build, against the addresses that build writes.
 */
export class LinkCache implements LinkMemo {
  private constructor(
    private readonly cache: BuildCache,
    private readonly store: EntryStore<readonly BodyLink[]>,
  ) {}

  static async open(cache: BuildCache): Promise<LinkCache> {
    return new LinkCache(cache, await cache.entries<readonly BodyLink[]>("links"));
  }

  get(article: LinkingArticle, siteHost: string): readonly BodyLink[] | undefined {
    return this.store.get(this.key(article, siteHost));
  }

  set(article: LinkingArticle, siteHost: string, links: readonly BodyLink[]): void {
    this.store.set(this.key(article, siteHost), links);
  }

  save(): Promise<void> {
    return this.store.save();
  }

  /** A body kept in the build's text store is hashed already: its key is made without reading it. */
  private key(article: LinkingArticle, siteHost: string): string {
    return this.cache.key("links", siteHost, markdownHash(storedBody(article)));
  }
}
