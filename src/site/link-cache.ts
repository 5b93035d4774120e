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
  /** What this build found, as found: the store keeps its copy in a file until it is saved. */
  readonly #found = new Map<string, readonly BodyLink[]>();

  private constructor(
    private readonly cache: BuildCache,
    private readonly store: EntryStore<readonly BodyLink[]>,
  ) {}

  static async open(cache: BuildCache): Promise<LinkCache> {
    return new LinkCache(cache, await cache.entries<readonly BodyLink[]>("links"));
  }

  get(article: LinkingArticle, siteHost: string): readonly BodyLink[] | undefined {
    const key = this.key(article, siteHost);
    return this.#found.get(key) ?? this.store.get(key);
  }

  set(article: LinkingArticle, siteHost: string, links: readonly BodyLink[]): void {
    const key = this.key(article, siteHost);
    this.store.set(key, links);
    this.#found.set(key, links);
  }

  save(): Promise<void> {
    return this.store.save();
  }

  /** A body kept in the build's text store is hashed already: its key is made without reading it. */
  private key(article: LinkingArticle, siteHost: string): string {
    return this.cache.key("links", siteHost, markdownHash(storedBody(article)));
  }
}
