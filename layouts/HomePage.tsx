import type { LayoutProps } from "../src/pages/types.ts";
import { Base } from "./Base.tsx";
import { ArticleList } from "./components/ArticleList.tsx";

export function HomePage({ page, context, meta }: LayoutProps<"home">) {
  const { site } = context;
  return (
    <Base meta={meta} context={context} title={site.title} description={site.description || site.title} path="/">
      <h1 class="visually-hidden">{site.title}</h1>
      <section class="home-latest" aria-labelledby="latest-heading">
        <h2 id="latest-heading">Latest news</h2>
        <ArticleList articles={page.latest} language={site.language} headingLevel={3} showSection />
      </section>
      {page.sectionBlocks.map(({ section, articles }) => (
        <section key={section.slug} class="home-section" aria-labelledby={`home-${section.slug}`}>
          <h2 id={`home-${section.slug}`}>
            <a href={`/${section.slug}/`}>{section.title}</a>
          </h2>
          {articles.length > 0 ? (
            <ArticleList articles={articles} language={site.language} headingLevel={3} showSummary={false} />
          ) : (
            <p>No articles yet.</p>
          )}
        </section>
      ))}
    </Base>
  );
}
