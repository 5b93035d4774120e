import type { LayoutProps } from "../src/pages/types.ts";
import { sectionUrl } from "../src/urls/urls.ts";
import { Base } from "./Base.tsx";
import { ArticleList } from "./components/ArticleList.tsx";
import { Teaser } from "./components/Teaser.tsx";

/** The front page: the lead story, the top stories, then each section's stories not shown above. */
export function HomePage({ page, context, meta }: LayoutProps<"home">) {
  const { site } = context;
  const { lead, thumbnails } = page;
  const dates = { language: site.language, timeZone: site.timeZone };
  return (
    <Base meta={meta} context={context} title={site.title} description={site.description || site.title} path="/">
      <h1 class="visually-hidden">{site.title}</h1>
      {page.dateline && (
        <p class="dateline">
          <time datetime={page.dateline.iso}>{page.dateline.text}</time>
        </p>
      )}
      <section class="home-top" aria-labelledby="top-heading">
        <h2 id="top-heading" class="visually-hidden">
          Top stories
        </h2>
        {lead ? (
          <div class="home-lead">
            <Teaser article={lead} variant="lead" headingLevel={3} {...dates} image={thumbnails[lead.url]} priority showSection />
          </div>
        ) : (
          <p>No articles yet.</p>
        )}
        {page.top.length > 0 && (
          <ArticleList
            articles={page.top}
            {...dates}
            headingLevel={3}
            variant="top"
            thumbnails={thumbnails}
            showSummary={false}
            showSection
            class="home-latest"
          />
        )}
      </section>
      <div class="home-sections">
        {page.sectionBlocks.map(({ section, articles }) => (
          <section key={section.slug} class="home-section" aria-labelledby={`home-${section.slug}`}>
            <h2 id={`home-${section.slug}`} class="home-section-title">
              <a href={sectionUrl(section.slug)}>{section.title}</a>
            </h2>
            {articles.length > 0 ? (
              <ArticleList articles={articles} {...dates} headingLevel={3} variant="block" thumbnails={thumbnails} showSummary={false} />
            ) : (
              <p class="home-section-empty">
                <a href={sectionUrl(section.slug)}>All {section.title} stories</a>
              </p>
            )}
          </section>
        ))}
      </div>
    </Base>
  );
}
