import type { BylineEntry } from "../../src/pages/article-extras.ts";

/** "By A, B and C", each name linking to its author page. */
export function Byline({ entries }: { entries: readonly BylineEntry[] }) {
  return (
    <p class="byline">
      By{" "}
      {entries.map((entry, index) => (
        <>
          {index > 0 && (index === entries.length - 1 ? " and " : ", ")}
          {entry.url ? (
            <a href={entry.url} rel="author" title={entry.profile?.bio ? `About ${entry.name}` : undefined}>
              {entry.name}
            </a>
          ) : (
            entry.name
          )}
        </>
      ))}
    </p>
  );
}
