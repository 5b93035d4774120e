import type { Article } from "../articles/article.ts";
import { identityOf } from "../articles/article-identity.ts";
import type { Page, SiteContext } from "./types.ts";
import { textHash as digest } from "../util/text-store.ts";

/** Fingerprints the pages of one site, page by page, so that a caller can pause between them. */
export type PageFingerprinter = (articles: readonly Article[], context: SiteContext) => (page: Page) => string;

/**
 * Fingerprints that change whenever what a page shows changes: its own fields, the full content
 * of every article it lists, and the site context. The preview compares them to write only changed
 * pages, and the page cache keys rendered HTML by them.
 *
 * The build time is the clock, new at every build; HTML pages show only its year (the footer's
 * copyright), and files such as feeds carry it in their body, which is part of their fingerprint.
 */
export function createPageFingerprinter(): PageFingerprinter {
  // Articles are never changed once made, and the preview reuses those of unchanged files.
  const articlePrints = new WeakMap<Article, string>();
  const articlePrint = (article: Article) => {
    let print = articlePrints.get(article);
    if (print === undefined) {
      // An article made from the build cache's sources is named by what made it (article-identity.ts);
      // in the JSON of any other, the body stands for its hash (StoredText), made once when it was kept.
      print = identityOf(article) ?? digest(JSON.stringify(article));
      articlePrints.set(article, print);
    }
    return print;
  };
  return (articles, context) => {
    const { buildTime, ...rest } = context;
    const contextPrint = digest(JSON.stringify({ ...rest, year: buildTime.getUTCFullYear() }));
    const listed = new Set<object>(articles);
    // An article listed on a page stands for its fingerprint: listings stay cheap to hash.
    const replacer = (key: string, value: unknown) =>
      key !== "" && typeof value === "object" && value !== null && listed.has(value) ? articlePrint(value as Article) : value;
    return (page) => digest(contextPrint + JSON.stringify(page, replacer));
  };
}
