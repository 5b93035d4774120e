import { formatDisplayDate } from "../src/articles/dates.ts";
import { readingTimeLabel } from "../src/articles/reading-time.ts";
import type { PageOfKind, SiteContext } from "../src/pages/types.ts";
import { Base } from "./Base.tsx";
import { DateTime } from "./components/DateTime.tsx";

export function ArticlePage({ page, context }: { page: PageOfKind<"article">; context: SiteContext }) {
  const { article, section, moreInSection } = page;
  const language = context.site.language;
  return (
    <Base context={context} title={article.title} description={article.description} path={article.url} currentSection={section.slug}>
      <article class="article">
        {article.status === "draft" && <p class="status-banner" role="note">Draft: not published</p>}
        {article.status === "scheduled" && (
          <p class="status-banner" role="note">
            Scheduled for {formatDisplayDate(article.date, language)} (UTC)
          </p>
        )}
        <header class="article-header">
          <h1>{article.title}</h1>
          {article.author.length > 0 && <p class="byline">By {joinNames(article.author)}</p>}
          <p class="article-meta">
            <a href={`/${section.slug}/`}>{section.title}</a>
            {" · "}
            <DateTime date={article.date} language={language} />
            {article.updated && (
              <span class="updated">
                {" · Updated "}
                <DateTime date={article.updated} language={language} />
              </span>
            )}
          </p>
          <p class="reading-time">{readingTimeLabel(article.readingMinutes)}</p>
        </header>
        <div class="article-body" dangerouslySetInnerHTML={{ __html: article.html }} />
        {article.tags.length > 0 && (
          <footer class="article-tags">
            <h2 class="visually-hidden">Tags</h2>
            <ul>
              {article.tags.map((tag) => (
                <li key={tag}>{tag}</li>
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
                <a href={other.url}>{other.title}</a> <DateTime date={other.date} language={language} />
              </li>
            ))}
          </ol>
        ) : (
          <p>No other articles in this section yet.</p>
        )}
        <p>
          <a href={`/${section.slug}/`}>All {section.title} articles</a>
        </p>
      </aside>
      <p class="back-to-top">
        <a href="#top">Back to top</a>
      </p>
    </Base>
  );
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
