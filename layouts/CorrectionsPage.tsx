import type { LayoutProps } from "../src/pages/types.ts";
import { Base } from "./Base.tsx";
import { DateTime } from "./components/DateTime.tsx";

/** Every correction the newsroom has published, newest first, each linked to its article. */
export function CorrectionsPage({ page, context, meta }: LayoutProps<"corrections">) {
  const language = context.site.language;
  return (
    <Base
      meta={meta}
      context={context}
      title="Corrections"
      description={`Every correction published by ${context.site.title}, newest first.`}
      path={page.url}
    >
      <h1>Corrections</h1>
      <ol class="article-list corrections-list">
        {page.entries.map((entry) => (
          <li key={`${entry.url} ${entry.date.getTime()} ${entry.text}`}>
            <p class="article-card-title">
              <a href={entry.url}>{entry.title}</a>
            </p>
            <p class="article-meta">
              <DateTime date={entry.date} language={language} />
            </p>
            <p>{entry.text}</p>
          </li>
        ))}
      </ol>
    </Base>
  );
}
