import type { LayoutProps } from "../src/pages/types.ts";
import { Base } from "./Base.tsx";
import { DateTime } from "./components/DateTime.tsx";

/** A page of the content folder's `pages/`: no byline, reading time or "More in section", only its text. */
export function StaticPage({ page, context, meta }: LayoutProps<"static">) {
  const { content } = page;
  return (
    <Base meta={meta} context={context} title={content.title} description={content.summary || content.title} path={page.url}>
      <article class="article content-page">
        <header class="article-header">
          <h1>{content.title}</h1>
          {content.updated && (
            <p class="article-meta">
              {"Last updated "}
              <DateTime date={content.updated} language={context.site.language} />
            </p>
          )}
        </header>
        <div class="article-body" dangerouslySetInnerHTML={{ __html: content.html }} />
      </article>
    </Base>
  );
}
