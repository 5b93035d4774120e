import type { LayoutProps } from "../src/pages/types.ts";
import { Base } from "./Base.tsx";
import { ArticleListing, listingTitle } from "./components/ArticleListing.tsx";

export function AuthorPage({ page, context, meta }: LayoutProps<"author">) {
  const { profile } = page;
  const title = listingTitle(page.name, page.listing);
  return (
    <Base meta={meta} context={context} title={title} description={profile?.bio || `Articles by ${page.name}.`} path={page.url}>
      <header class="section-header author-profile">
        {profile?.avatar && <img class="author-avatar" src={profile.avatar} alt="" width={96} height={96} />}
        <h1>{title}</h1>
        {profile?.bio && <p class="author-bio">{profile.bio}</p>}
        {profile?.url && (
          <p>
            <a href={profile.url} rel="me">
              More about {page.name}
            </a>
          </p>
        )}
      </header>
      <h2 class="visually-hidden">Articles by {page.name}</h2>
      <ArticleListing listing={page.listing} label={`Articles by ${page.name}`} site={context.site} thumbnails={page.thumbnails} />
    </Base>
  );
}
