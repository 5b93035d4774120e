import { slugifyName } from "../urls/slug.ts";
import { type TaxonomyKind, termSlugUrl, termUrl } from "../urls/urls.ts";

/** One tag or author: every article that names it, however the name was spelled. */
export interface TaxonomyTerm<T> {
  slug: string;
  /** The spelling most articles use; on a tie, the one seen first in the (newest-first) input. */
  name: string;
  url: string;
  items: T[];
}

export interface TermLink {
  name: string;
  url: string;
}

/** One link per page: names that slug alike within one article link once, as first written. */
export function termLinks(kind: TaxonomyKind, names: readonly string[]): TermLink[] {
  const links = new Map<string, TermLink>();
  for (const name of names) {
    const url = termUrl(kind, name);
    if (url && !links.has(url)) links.set(url, { name, url });
  }
  return [...links.values()];
}

/**
 * Groups items by the slug of each name they carry, in one pass. Names that slug alike
 * (`Harbour`, `harbour`) are one term; an item naming a term twice is listed once.
 * Items keep the input order, so pass them newest first. Terms come back sorted by slug.
 */
export function groupByTerm<T>(items: readonly T[], kind: TaxonomyKind, namesOf: (item: T) => readonly string[]): TaxonomyTerm<T>[] {
  const groups = new Map<string, { items: T[]; spellings: Map<string, number> }>();
  for (const item of items) {
    const slugsOfItem = new Set<string>();
    for (const name of namesOf(item)) {
      const slug = slugifyName(name);
      if (slug === "") continue;
      const group = groups.get(slug) ?? { items: [], spellings: new Map<string, number>() };
      groups.set(slug, group);
      group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
      if (!slugsOfItem.has(slug)) group.items.push(item);
      slugsOfItem.add(slug);
    }
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([slug, group]) => ({ slug, name: mostCommon(group.spellings), url: termSlugUrl(kind, slug), items: group.items }));
}

/** Map iteration follows insertion order, so a strict `>` keeps the first-seen spelling on a tie. */
function mostCommon(counts: ReadonlyMap<string, number>): string {
  let best = "";
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}
