import type { Article } from "../articles/article.ts";
import { slugifyName } from "../urls/slug.ts";
import { newestFirst } from "../listings/sort.ts";
import { termLinks, type TermLink } from "../listings/taxonomy.ts";
import type { SiteContext } from "../pages/types.ts";
import type { SiteModel } from "../site/load-site.ts";

/** One published article as developer templates see it: what a listing or a teaser needs. */
export interface ArticleSummary {
  title: string;
  url: string;
  date: Date;
  modified: Date;
  /** The front matter's summary, or the first words of the body. */
  summary: string;
  section: string;
  sectionTitle: string;
  tags: string[];
  tagLinks: TermLink[];
  authors: string[];
  authorLinks: TermLink[];
  readingMinutes: number;
  image?: { src: string; alt: string };
}

/**
 * The global data `newsroom`: the site as this build loaded it (site.json as `site`, `sections`,
 * `authors`, `buildTime`, `preview`), and its published articles, newest first.
 */
export interface NewsroomData extends SiteContext {
  articles: readonly ArticleSummary[];
}

// The preview rebuilds an edited article's page without loading the site again: Eleventy then asks
// for the data of the same model, and summarising every article again would hold up that page.
const dataOf = new WeakMap<SiteModel, NewsroomData>();

export function newsroomData(model: SiteModel): NewsroomData {
  let data = dataOf.get(model);
  if (data === undefined) {
    // The preview's model holds drafts and scheduled articles too: developer pages list what readers see.
    const articles = newestFirst(model.articles.filter((article) => article.status === "published")).map(summaryOf);
    // Frozen, since later builds of the same model share them: a page cannot change what the next one lists.
    data = { ...model.context, articles: Object.freeze(articles.map((summary) => Object.freeze(summary))) };
    dataOf.set(model, data);
  }
  return data;
}

function summaryOf(article: Article): ArticleSummary {
  return {
    title: article.title,
    url: article.url,
    date: article.date,
    modified: article.modified,
    summary: article.description,
    section: article.section,
    sectionTitle: article.sectionTitle,
    tags: article.tags,
    tagLinks: termLinks("tags", article.tags),
    authors: article.author,
    authorLinks: termLinks("authors", article.author),
    readingMinutes: article.readingMinutes,
    image: article.image && { src: article.image.src, alt: article.image.alt },
  };
}

/** `articles | byTag("Elections")`: a tag matches however it is spelled, as tag pages group them. */
export function byTag(articles: readonly ArticleSummary[], tag: string): ArticleSummary[] {
  const slug = slugifyName(String(tag));
  return articles.filter((article) => article.tags.some((name) => slugifyName(name) === slug));
}

/** `articles | bySection("world")`: by the section's slug. */
export function bySection(articles: readonly ArticleSummary[], section: string): ArticleSummary[] {
  return articles.filter((article) => article.section === section);
}
