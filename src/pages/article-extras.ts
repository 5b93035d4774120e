import type { Article } from "../articles/article.ts";
import { slugifyName } from "../urls/slug.ts";
import type { LeadImage } from "../images/article-images.ts";
import { termLinks, type TermLink } from "../listings/taxonomy.ts";
import { termUrl } from "../urls/urls.ts";
import type { AuthorProfile } from "../site/schema.ts";

export interface BylineEntry {
  name: string;
  /** The author's page; absent only when the name has no letters or digits. */
  url?: string;
  profile?: AuthorProfile;
}

/** What the article page shows beyond the front matter: links, sorted corrections, the lead image. */
export interface ArticleExtras {
  byline: BylineEntry[];
  tags: TermLink[];
  /** Newest first. */
  corrections: Article["corrections"];
  image?: LeadImage;
}

export interface ReaderInputs {
  authors?: readonly AuthorProfile[];
  /** By article URL. */
  leadImages?: ReadonlyMap<string, LeadImage>;
  /** The front page's dateline; absent, the front page shows none. */
  dateline?: { iso: string; text: string };
}

/** Profiles are matched by slug, as author pages are, so `maren okafor` finds `Maren Okafor`. */
export function profilesBySlug(authors: readonly AuthorProfile[]): Map<string, AuthorProfile> {
  const bySlug = new Map<string, AuthorProfile>();
  for (const profile of authors) if (!bySlug.has(slugifyName(profile.name))) bySlug.set(slugifyName(profile.name), profile);
  return bySlug;
}

export function createArticleExtras(inputs: ReaderInputs = {}): (article: Article) => ArticleExtras {
  const profiles = profilesBySlug(inputs.authors ?? []);
  return (article) => ({
    byline: article.author.map((name) => ({ name, url: termUrl("authors", name), profile: profiles.get(slugifyName(name)) })),
    tags: termLinks("tags", article.tags),
    corrections: newestCorrectionsFirst(article.corrections),
    image: inputs.leadImages?.get(article.url),
  });
}

/** Stable, so two corrections on the same day keep the order the editor wrote them in. */
export function newestCorrectionsFirst(corrections: Article["corrections"]): Article["corrections"] {
  return [...corrections].sort((a, b) => b.date.getTime() - a.date.getTime());
}
