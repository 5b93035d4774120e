import type { Article } from "../articles/article.ts";
import { planFrontPage } from "../listings/front-page.ts";
import { moreInSection } from "../listings/more-in-section.ts";
import { paginate } from "../listings/paginate.ts";
import { groupBy, newestFirst } from "../listings/sort.ts";
import type { Section } from "../site/schema.ts";
import { HOME_URL, NOT_FOUND_URL, SEARCH_URL, sectionUrl } from "../urls/urls.ts";
import { createArticleExtras, type ReaderInputs } from "./article-extras.ts";
import { articlePage } from "./article-page.ts";
import { buildTaxonomyPages } from "./taxonomy-pages.ts";
import { thumbnailsOf } from "./thumbnails.ts";
import type { Page } from "./types.ts";

export const SECTION_PAGE_SIZE = 20;

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
  const front = planFrontPage(sorted, bySection, sections);
  const onFront = [front.lead, ...front.top, ...front.sectionBlocks.flatMap((block) => block.articles)];
  const siteWide = (): Page[] => [
    { kind: "home", url: HOME_URL, ...front, thumbnails: thumbnailsOf(onFront, reader.leadImages), dateline: reader.dateline },
    { kind: "not-found", url: NOT_FOUND_URL },
    { kind: "search", url: SEARCH_URL },
    ...buildTaxonomyPages(sorted, reader.authors, reader.leadImages),
  ];
  const sectionPages = (section: Section) => (): Page[] => {
    const sectionArticles = bySection.get(section.slug) ?? [];
    const pages: Page[] = paginate(sectionArticles, SECTION_PAGE_SIZE, sectionUrl(section.slug)).map((listing) => ({
      kind: "section",
      url: listing.url,
      section,
      listing,
      thumbnails: thumbnailsOf(listing.items, reader.leadImages),
    }));
    for (const article of sectionArticles)
      pages.push(articlePage(article, section, moreInSection(sectionArticles, article), extrasOf(article)));
    return pages;
  };
  return [siteWide, ...sections.map(sectionPages)];
}
