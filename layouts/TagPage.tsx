import type { LayoutProps } from "../src/pages/types.ts";
import { TAG_INDEX_URL } from "../src/urls/urls.ts";
import { Base } from "./Base.tsx";
import { ArticleListing, listingTitle } from "./components/ArticleListing.tsx";

export function TagPage({ page, context, meta }: LayoutProps<"tag">) {
  const title = listingTitle(`Tagged “${page.name}”`, page.listing);
  return (
    <Base meta={meta} context={context} title={title} description={`Articles tagged ${page.name}.`} path={page.url}>
      <header class="section-header">
        <h1>{title}</h1>
        <p>
          <a href={TAG_INDEX_URL}>All tags</a>
        </p>
      </header>
      <ArticleListing listing={page.listing} label={`Tag ${page.name}`} site={context.site} thumbnails={page.thumbnails} />
    </Base>
  );
}
