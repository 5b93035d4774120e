import type { Article } from "../articles/article.ts";
import { moreInSection } from "../listings/more-in-section.ts";
import { paginate } from "../listings/paginate.ts";
import { groupBy, newestFirst } from "../listings/sort.ts";
import type { Section } from "../site/schema.ts";
import { createArticleExtras, type ReaderInputs } from "./article-extras.ts";
import { buildTaxonomyPages } from "./taxonomy-pages.ts";
import type { Page } from "./types.ts";

export const SECTION_PAGE_SIZE = 20;
export const HOME_LATEST_COUNT = 10;
export const HOME_SECTION_COUNT = 4;

/** Every HTML page of the site. Listings are sorted once per section, not once per page. */
export function buildPages(articles: readonly Article[], sections: readonly Section[], reader: ReaderInputs = {}): Page[] {
  return pageParts(articles, sections, reader).flatMap((part) => part());
}

/**
 * `buildPages` in steps, the site-wide pages and then each section's, between which the preview
 * lets a newer save in. Their pages, in order, are `buildPages`'s.
 */
export function pageParts(articles: readonly Article[], sections: readonly Section[], reader: ReaderInputs = {}): (() => Page[])[] {
  const extrasOf = createArticleExtras(reader);
  const sorted = newestFirst(articles);
  const bySection = groupBy(sorted, (article) => article.section);
  const siteWide = (): Page[] => [
    {
      kind: "home",
      url: "/",
      latest: sorted.slice(0, HOME_LATEST_COUNT),
      sectionBlocks: sections.map((section) => ({
        section,
        articles: (bySection.get(section.slug) ?? []).slice(0, HOME_SECTION_COUNT),
      })),
    },
    { kind: "not-found", url: "/404.html" },
    { kind: "search", url: "/search/" },
    ...buildTaxonomyPages(sorted, reader.authors),
  ];
  const sectionPages = (section: Section) => (): Page[] => {
    const sectionArticles = bySection.get(section.slug) ?? [];
    const pages: Page[] = paginate(sectionArticles, SECTION_PAGE_SIZE, `/${section.slug}/`).map((listing) => ({ kind: "section", url: listing.url, section, listing }));
    for (const article of sectionArticles) {
      pages.push({ kind: "article", url: article.url, article, section, moreInSection: moreInSection(sectionArticles, article), extras: extrasOf(article) });
    }
    return pages;
  };
  return [siteWide, ...sections.map(sectionPages)];
}
