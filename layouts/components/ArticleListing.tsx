import type { Article } from "../../src/articles/article.ts";
import type { ListingPage } from "../../src/listings/paginate.ts";
import type { Thumbnails } from "../../src/pages/thumbnails.ts";
import type { Site } from "../../src/site/schema.ts";
import { ArticleList } from "./ArticleList.tsx";

/** A paginated list of articles, as tag and author pages show it. */
export interface ArticleListingProps {
  listing: ListingPage<Article>;
  label: string;
  site: Site;
  thumbnails: Thumbnails;
}

export function ArticleListing({ listing, label, site, thumbnails }: ArticleListingProps) {
  return (
    <>
      <ArticleList
        articles={listing.items}
        language={site.language}
        timeZone={site.timeZone}
        headingLevel={2}
        showSection
        thumbnails={thumbnails}
        priorityFirst
      />
      {listing.pageCount > 1 && (
        <nav class="pagination" aria-label={`${label} pages`}>
          {listing.previousUrl && (
            <a href={listing.previousUrl} rel="prev">
              Newer articles
            </a>
          )}
          <span>
            Page {listing.pageNumber} of {listing.pageCount}
          </span>
          {listing.nextUrl && (
            <a href={listing.nextUrl} rel="next">
              Older articles
            </a>
          )}
        </nav>
      )}
    </>
  );
}

/** `Name` on the first page, `Name, page 2` after it. */
export function listingTitle(name: string, listing: ListingPage<Article>): string {
  return listing.pageNumber === 1 ? name : `${name}, page ${listing.pageNumber}`;
}
