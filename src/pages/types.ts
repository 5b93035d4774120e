import type { Article } from "../articles/article.ts";
import type { ContentIssue } from "../articles/content-issue.ts";
import type { PageMeta } from "../distribution/page-meta.ts";
import type { ListingPage } from "../listings/paginate.ts";
import type { AuthorProfile, Section, Site } from "../site/schema.ts";
import type { ArticleExtras } from "./article-extras.ts";
import type { TermSummary } from "./taxonomy-pages.ts";

/** What every page can see: the site's data and the build's settings. */
export interface SiteContext {
  site: Site;
  sections: Section[];
  authors: AuthorProfile[];
  buildTime: Date;
  /** The preview server: drafts and scheduled articles are shown, bannered and `noindex`. */
  preview: boolean;
}

export interface SectionBlock {
  section: Section;
  articles: Article[];
}

export type Page =
  | { kind: "article"; url: string; article: Article; moreInSection: Article[]; section: Section; extras: ArticleExtras }
  | { kind: "section"; url: string; section: Section; listing: ListingPage<Article> }
  | { kind: "home"; url: "/"; latest: Article[]; sectionBlocks: SectionBlock[] }
  | { kind: "not-found"; url: "/404.html" }
  | { kind: "content-errors"; url: string; issues: ContentIssue[] }
  | { kind: "tag"; url: string; name: string; listing: ListingPage<Article> }
  | { kind: "author"; url: string; name: string; profile?: AuthorProfile; listing: ListingPage<Article> }
  | { kind: "tag-index"; url: "/tags/"; terms: TermSummary[] }
  | { kind: "author-index"; url: "/authors/"; terms: TermSummary[] }
  | { kind: "search"; url: "/search/" }
  | FilePage;

/** A generated non-HTML file (feed, sitemap, robots.txt): written as its body, unchanged. */
export interface FilePage {
  kind: "file";
  url: string;
  contentType: "application/atom+xml" | "application/feed+json" | "application/json" | "application/xml" | "text/plain" | "text/html";
  body: string;
}

export type HtmlPage = Exclude<Page, FilePage>;

export type PageKind = Page["kind"];
export type PageOfKind<K extends PageKind> = Extract<Page, { kind: K }>;

/** What a page's layout is given: the page, the site, and the page's metadata for Base's `<head>`. */
export interface LayoutProps<K extends Exclude<PageKind, "file">> {
  page: PageOfKind<K>;
  context: SiteContext;
  meta: PageMeta;
}
