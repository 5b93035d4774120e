import type { Article } from "../articles/article.ts";
import { paginate } from "../listings/paginate.ts";
import { groupByTerm, type TaxonomyTerm } from "../listings/taxonomy.ts";
import type { LeadImage } from "../images/article-images.ts";
import type { AuthorProfile } from "../site/schema.ts";
import { AUTHOR_INDEX_URL, TAG_INDEX_URL } from "../urls/urls.ts";
import { profilesBySlug } from "./article-extras.ts";
import { thumbnailsOf } from "./thumbnails.ts";
import type { Page, TermSummary } from "./types.ts";

export const TAXONOMY_PAGE_SIZE = 20;

/**
 * Tag and author pages plus their indexes. Takes the articles already sorted newest first and
 * groups them once, so each listing is a slice rather than a filter per page.
 */
export function buildTaxonomyPages(
  newestFirst: readonly Article[],
  authors: readonly AuthorProfile[] = [],
  leadImages?: ReadonlyMap<string, LeadImage>,
): Page[] {
  const tags = groupByTerm(newestFirst, "tags", (article) => article.tags);
  const authorTerms = groupByTerm(newestFirst, "authors", (article) => article.author);
  const profiles = profilesBySlug(authors);
  const pages: Page[] = [
    { kind: "tag-index", url: TAG_INDEX_URL, terms: tags.map(summarise) },
    { kind: "author-index", url: AUTHOR_INDEX_URL, terms: authorTerms.map(summarise) },
  ];
  for (const term of tags) {
    for (const listing of paginate(term.items, TAXONOMY_PAGE_SIZE, term.url))
      pages.push({ kind: "tag", url: listing.url, name: term.name, listing, thumbnails: thumbnailsOf(listing.items, leadImages) });
  }
  for (const term of authorTerms) {
    const profile = profiles.get(term.slug);
    for (const listing of paginate(term.items, TAXONOMY_PAGE_SIZE, term.url)) {
      const thumbnails = thumbnailsOf(listing.items, leadImages);
      pages.push({ kind: "author", url: listing.url, name: profile?.name ?? term.name, profile, listing, thumbnails });
    }
  }
  return pages;
}

function summarise(term: TaxonomyTerm<Article>): TermSummary {
  return { name: term.name, url: term.url, count: term.items.length };
}
