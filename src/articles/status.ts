export type PublicationStatus = "published" | "draft" | "scheduled";

/** A future `date` is a schedule: the article appears from the first build at or after it. */
export function publicationStatus(article: { draft: boolean; date: Date }, buildTime: Date): PublicationStatus {
  if (article.draft) return "draft";
  if (article.date.getTime() > buildTime.getTime()) return "scheduled";
  return "published";
}
