import type { LayoutProps } from "../src/pages/types.ts";
import { Base } from "./Base.tsx";
import { ArticleList } from "./components/ArticleList.tsx";

export function SectionPage({ page, context, meta }: LayoutProps<"section">) {
  const { section, listing } = page;
  const title = listing.pageNumber === 1 ? section.title : `${section.title}, page ${listing.pageNumber}`;
  return (
    <Base
      meta={meta}
      context={context}
      title={title}
      description={section.description || section.title}
      path={listing.url}
      currentSection={section.slug}
      isSectionHome={listing.pageNumber === 1}
    >
      <header class="section-header">
        <h1>{title}</h1>
        {section.description && <p class="section-description">{section.description}</p>}
      </header>
      {listing.items.length > 0 ? (
        <ArticleList
          articles={listing.items}
          language={context.site.language}
          timeZone={context.site.timeZone}
          headingLevel={2}
          thumbnails={page.thumbnails}
          priorityFirst
        />
      ) : (
        <p>No articles in this section yet.</p>
      )}
      {listing.pageCount > 1 && (
        <nav class="pagination" aria-label={`${section.title} pages`}>
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
    </Base>
  );
}
