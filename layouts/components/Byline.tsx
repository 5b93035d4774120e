import type { BylineEntry } from "../../src/pages/article-extras.ts";

/** "By A, B and C", each name linking to its author page; one author's avatar and role beside it. */
export function Byline({ entries }: { entries: readonly BylineEntry[] }) {
  const single = entries.length === 1 ? entries[0]?.profile : undefined;
  return (
    <div class="byline-block">
      {single?.avatar && <img class="byline-avatar" src={single.avatar} alt="" width={48} height={48} />}
      <div>
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
              {entries.length > 1 && entry.profile?.role && <span class="byline-role">, {entry.profile.role}</span>}
            </>
          ))}
        </p>
        {single?.role && <p class="byline-role">{single.role}</p>}
      </div>
    </div>
  );
}
