import { listingPageUrl } from "../urls/urls.ts";

export interface ListingPage<T> {
  items: T[];
  pageNumber: number;
  pageCount: number;
  url: string;
  previousUrl?: string;
  nextUrl?: string;
}

/** `/base/`, `/base/page/2/`, …; an empty list still has its first page. */
export function paginate<T>(items: readonly T[], pageSize: number, baseUrl: string): ListingPage<T>[] {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: pageCount }, (_, index) => {
    const pageNumber = index + 1;
    return {
      items: items.slice(index * pageSize, (index + 1) * pageSize),
      pageNumber,
      pageCount,
      url: listingPageUrl(baseUrl, pageNumber),
      previousUrl: pageNumber > 1 ? listingPageUrl(baseUrl, pageNumber - 1) : undefined,
      nextUrl: pageNumber < pageCount ? listingPageUrl(baseUrl, pageNumber + 1) : undefined,
    };
  });
}
