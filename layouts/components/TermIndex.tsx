import type { TermSummary } from "../../src/pages/types.ts";

export function TermIndex({ terms, empty }: { terms: readonly TermSummary[]; empty: string }) {
  if (terms.length === 0) return <p>{empty}</p>;
  return (
    <ul class="term-index">
      {terms.map((term) => (
        <li key={term.url}>
          <a href={term.url}>{term.name}</a>{" "}
          <span class="term-count">
            ({term.count} {term.count === 1 ? "article" : "articles"})
          </span>
        </li>
      ))}
    </ul>
  );
}
