import type { Article } from "../articles/article.ts";
import type { ContentIssue } from "../articles/content-issue.ts";
import type { PageMeta } from "../distribution/page-meta.ts";
import type { ListingPage } from "../listings/paginate.ts";
import type { AuthorProfile, Section, Site } from "../site/schema.ts";
import type { ContentPage } from "../content-pages/schema.ts";
import type { CorrectionEntry } from "../trust/corrections-page.ts";
import type { Navigation } from "../navigation/schema.ts";
import type { Brand } from "../theme/brand.ts";
import type { ArticleExtras } from "./article-extras.ts";
import type { Thumbnails } from "./thumbnails.ts";
import type { TermSummary } from "./taxonomy-pages.ts";

/** What every page can see: the site's data and the build's settings. */
export interface SiteContext {
  site: Site;
  sections: Section[];
  authors: AuthorProfile[];
  /** The newsroom's logo, favicon, theme and stylesheet; the neutral defaults without one. */
  brand?: Brand;
  /** Extra header links and the footer's groups (`_data/navigation.json`). */
  navigation?: Navigation;
  /** Whether the site has a `/corrections/` page, which the footer then links to. */
  hasCorrections?: boolean;
  buildTime: Date;
  /** The preview server: drafts and scheduled articles are shown, bannered and `noindex`. */
  preview: boolean;
}

export interface SectionBlock {
  section: Section;
  articles: Article[];
}

/** The front page's date, fixed when the pages are planned so that it is part of the page's fingerprint. */
export interface Dateline {
  /** YYYY-MM-DD in the site's time zone. */
  iso: string;
  text: string;
}

export type Page =
  | { kind: "article"; url: string; article: Article; moreInSection: Article[]; section: Section; extras: ArticleExtras }
  | { kind: "section"; url: string; section: Section; listing: ListingPage<Article>; thumbnails: Thumbnails }
  | { kind: "home"; url: "/"; lead?: Article; top: Article[]; sectionBlocks: SectionBlock[]; thumbnails: Thumbnails; dateline?: Dateline }
  | { kind: "not-found"; url: "/404.html" }
  | { kind: "content-errors"; url: string; issues: ContentIssue[] }
  | { kind: "tag"; url: string; name: string; listing: ListingPage<Article>; thumbnails: Thumbnails }
  | { kind: "author"; url: string; name: string; profile?: AuthorProfile; listing: ListingPage<Article>; thumbnails: Thumbnails }
  | { kind: "tag-index"; url: "/tags/"; terms: TermSummary[] }
  | { kind: "author-index"; url: "/authors/"; terms: TermSummary[] }
  | { kind: "search"; url: "/search/" }
  | { kind: "static"; url: string; content: ContentPage }
  | { kind: "corrections"; url: string; entries: CorrectionEntry[] }
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
