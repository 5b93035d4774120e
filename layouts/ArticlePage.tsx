import { formatDisplayDateTime } from "../src/articles/dates.ts";
import { absoluteUrl } from "../src/urls/absolute.ts";
import { readingTimeLabel } from "../src/articles/reading-time.ts";
import type { LayoutProps } from "../src/pages/types.ts";
import { sectionUrl } from "../src/urls/urls.ts";
import { Base } from "./Base.tsx";
import { Byline } from "./components/Byline.tsx";
import { Corrections } from "./components/Corrections.tsx";
import { DateTime } from "./components/DateTime.tsx";
import { Figure } from "./components/Figure.tsx";
import { ShareLinks } from "./components/ShareLinks.tsx";
import { TypeLabel } from "./components/TypeLabel.tsx";

export function ArticlePage({ page, context, meta }: LayoutProps<"article">) {
  const { article, section, moreInSection } = page;
  const { language, timeZone } = context.site;
  return (
    <Base
      meta={meta}
      context={context}
      title={article.title}
      description={article.description}
      path={article.url}
      currentSection={section.slug}
    >
      <article class={`article article-type-${article.type}`}>
        {article.status === "draft" && (
          <p class="status-banner" role="note">
            Draft: not published
          </p>
        )}
        {article.status === "scheduled" && (
          <p class="status-banner" role="note">
            Scheduled for {formatDisplayDateTime(article.date, language, timeZone)}
          </p>
        )}
        <header class="article-header">
          <TypeLabel type={article.type} live={article.live?.state} />
          <h1>{article.title}</h1>
          {article.summary && <p class="standfirst">{article.summary}</p>}
          {page.extras.byline.length > 0 && <Byline entries={page.extras.byline} />}
          <p class="article-meta">
            <a href={sectionUrl(section.slug)}>{section.title}</a>
            {" · "}
            <span>
              <DateTime date={article.date} language={language} timeZone={timeZone} withTime />
            </span>
            {article.updated && (
              <span class="updated">
                {" · Updated "}
                <DateTime date={article.updated} language={language} timeZone={timeZone} withTime />
              </span>
            )}
          </p>
          <p class="reading-time">{readingTimeLabel(article.readingMinutes)}</p>
        </header>
        {page.extras.image && <Figure image={page.extras.image} />}
        <div class="article-body" dangerouslySetInnerHTML={{ __html: article.html.text() }} />
        <Corrections corrections={page.extras.corrections} language={language} timeZone={timeZone} />
        <ShareLinks url={absoluteUrl(context.site.url, article.url)} title={article.title} />
        {page.extras.tags.length > 0 && (
          <footer class="article-tags">
            <h2 class="visually-hidden">Tags</h2>
            <ul>
              {page.extras.tags.map((tag) => (
                <li key={tag.url}>
                  <a href={tag.url} rel="tag">
                    {tag.name}
                  </a>
                </li>
              ))}
            </ul>
          </footer>
        )}
      </article>
      <aside class="more-in-section" aria-labelledby="more-in-section-heading">
        <h2 id="more-in-section-heading">More in {section.title}</h2>
        {moreInSection.length > 0 ? (
          <ol>
            {moreInSection.map((other) => (
              <li key={other.url}>
                <a href={other.url}>{other.title}</a> <DateTime date={other.date} language={language} timeZone={timeZone} />
              </li>
            ))}
          </ol>
        ) : (
          <p>No other articles in this section yet.</p>
        )}
        <p>
          <a href={sectionUrl(section.slug)}>All {section.title} articles</a>
        </p>
      </aside>
      <p class="back-to-top">
        <a href="#top">Back to top</a>
      </p>
    </Base>
  );
}
