import type { LayoutProps } from "../src/pages/types.ts";
import { ASSETS_URL, AUTHOR_INDEX_URL, SEARCH_URL, sectionUrl, TAG_INDEX_URL } from "../src/urls/urls.ts";
import { Base } from "./Base.tsx";

/**
 * Search runs in the browser (assets/search.js) over the static index the build writes
 * (src/search/search-index.ts).
 * Without JavaScript the page says so and offers sections and tags instead.
 */
export function SearchPage({ page, context, meta }: LayoutProps<"search">) {
  return (
    <Base
      meta={meta}
      context={context}
      title="Search"
      description={`Search the articles of ${context.site.title}.`}
      path={page.url}
      head={<script type="module" src={`${ASSETS_URL}search.js`}></script>}
    >
      <h1>Search</h1>
      <div id="search" class="search-ui" data-search-ui>
        <form action={SEARCH_URL} method="get" role="search" class="search-form">
          <label for="search-page-query">Search articles</label>
          <input id="search-page-query" type="search" name="q" />
          <button type="submit">Search</button>
        </form>
        <p class="search-no-js" data-search-no-js>
          Search needs JavaScript, which is off or has not loaded in your browser. You can still browse by section or by{" "}
          <a href={TAG_INDEX_URL}>tag</a>:
        </p>
        <ul class="search-alternatives" data-search-no-js>
          {context.sections.map((section) => (
            <li key={section.slug}>
              <a href={sectionUrl(section.slug)}>{section.title}</a>
            </li>
          ))}
          <li>
            <a href={TAG_INDEX_URL}>All tags</a>
          </li>
          <li>
            <a href={AUTHOR_INDEX_URL}>All authors</a>
          </li>
        </ul>
      </div>
    </Base>
  );
}
