import type { ArticleExtras } from "../../src/pages/article-extras.ts";
import { DateTime } from "./DateTime.tsx";

/** Shown in the order given: src/pages/article-extras.ts sorts them newest first. */
export function Corrections({
  corrections,
  language,
  timeZone,
}: {
  corrections: ArticleExtras["corrections"];
  language: string;
  timeZone?: string;
}) {
  if (corrections.length === 0) return null;
  return (
    <section class="corrections" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">Corrections</h2>
      <ul>
        {corrections.map((correction, index) => (
          <li key={index}>
            <DateTime date={correction.date} language={language} timeZone={timeZone} />: {correction.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
