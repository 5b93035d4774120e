import type { Article } from "../articles/article.ts";
import type { ContentIssue } from "../articles/content-issue.ts";
import type { JsonLd } from "../distribution/json-ld-type.ts";
import type { ListingPage } from "../listings/paginate.ts";
import type { AuthorProfile, Section, Site } from "../site/schema.ts";
import type { ContentPage } from "../content-pages/schema.ts";
import type { Navigation } from "../navigation/schema.ts";
import type { Brand } from "../theme/brand.ts";
import type { ArticleExtras } from "./article-extras.ts";
import type { Thumbnails } from "./thumbnails.ts";
import type { AUTHOR_INDEX_URL, HOME_URL, NOT_FOUND_URL, SEARCH_URL, TAG_INDEX_URL } from "../urls/urls.ts";

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

/** A tag or author as its index lists it. */
export interface TermSummary {
  name: string;
  url: string;
  count: number;
}

/** One correction as `/corrections/` lists it, with its article's headline and link. */
export interface CorrectionEntry {
  date: Date;
  text: string;
  title: string;
  url: string;
}

export type Page =
  | { kind: "article"; url: string; article: Article; moreInSection: Article[]; section: Section; extras: ArticleExtras }
  | { kind: "section"; url: string; section: Section; listing: ListingPage<Article>; thumbnails: Thumbnails }
  | {
      kind: "home";
      url: typeof HOME_URL;
      lead?: Article;
      top: Article[];
      sectionBlocks: SectionBlock[];
      thumbnails: Thumbnails;
      dateline?: Dateline;
    }
  | { kind: "not-found"; url: typeof NOT_FOUND_URL }
  | { kind: "content-errors"; url: string; issues: ContentIssue[] }
  | { kind: "tag"; url: string; name: string; listing: ListingPage<Article>; thumbnails: Thumbnails }
  | { kind: "author"; url: string; name: string; profile?: AuthorProfile; listing: ListingPage<Article>; thumbnails: Thumbnails }
  | { kind: "tag-index"; url: typeof TAG_INDEX_URL; terms: TermSummary[] }
  | { kind: "author-index"; url: typeof AUTHOR_INDEX_URL; terms: TermSummary[] }
  | { kind: "search"; url: typeof SEARCH_URL }
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

/** What a page's `<head>` says to search engines, feed readers and link previews; Base.tsx only displays it. */
export interface PageMeta {
  /** Absolute canonical URL, also `og:url`. */
  url: string;
  siteName: string;
  ogType: "website" | "article";
  image?: { url: string; alt: string };
  /** Open Graph `article:*` properties. */
  article?: { publishedTime: string; modifiedTime: string; section: string; tags: string[] };
  /** Absolute URLs of the feeds to announce with `<link rel="alternate">`. */
  feeds: { title: string; atom: string; json: string };
  jsonLd: JsonLd[];
}

/** What a page's layout is given: the page, the site, and the page's metadata for Base's `<head>`. */
export interface LayoutProps<K extends Exclude<PageKind, "file">> {
  page: PageOfKind<K>;
  context: SiteContext;
  meta: PageMeta;
}
