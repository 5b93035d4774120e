import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ContentIssue } from "../articles/content-issue.ts";
import type { PublicationStatus } from "../articles/status.ts";
import { IMAGES_FOLDER } from "../images/locate.ts";
import { internalLinkCandidates, type BodyLink } from "../markdown/body-links.ts";
import { contentFileUrl } from "../urls/urls.ts";

/** An article as the link check reads it: its file (relative to `cwd`), its URL and its Markdown. */
export interface LinkingArticle {
  file: string;
  url: string;
  body: string;
}

export interface LinkTargets {
  /** The site's `url`: links are resolved against each article's address on it. */
  siteUrl: string;
  /** Every path of the site (`siteUrls`), asked for only when some body links inside the site. */
  urls: () => Promise<ReadonlySet<string>>;
  /** Articles this build leaves out, by URL, so that a link to one says why it is broken. */
  unpublished: ReadonlyMap<string, PublicationStatus>;
  /** Article `file`s are relative to this folder. */
  cwd: string;
  /** Each unchanged body's links, remembered: by the preview in memory, by a build in its cache. */
  memo?: LinkMemo;
}

export interface InternalLinks {
  issues: ContentIssue[];
  /** Paths under `/images/` that bodies link to: the build publishes those files as they are. */
  linkedImages: string[];
}

const EXPECTED = "expected the URL of a published article, section, tag, author or other page, or a file under images/";
const LEFT_OUT: Record<PublicationStatus, string> = {
  draft: "it is a draft, which builds leave out",
  scheduled: "it is scheduled, and not published yet",
  published: "",
};

/**
 * One error for each body link to a path of this site (root-relative, relative, or absolute on
 * the site's own host) that the build does not write. Fragments and queries are ignored; nothing
 * is fetched. Lines are those of the article file.
 */
export async function internalLinkIssues(articles: readonly LinkingArticle[], targets: LinkTargets): Promise<InternalLinks> {
  const siteHost = new URL(targets.siteUrl).host;
  const linked = articles.flatMap((article) =>
    linksOf(article, siteHost, targets.memo).flatMap((link) => {
      const target = sitePath(link.href, `${targets.siteUrl}${article.url}`, siteHost);
      return target === undefined ? [] : [{ article, link, target }];
    }),
  );
  if (linked.length === 0) return { issues: [], linkedImages: [] };
  const urls = await targets.urls();
  const issues: ContentIssue[] = [];
  const linkedImages = new Set<string>();
  for (const { article, link, target } of linked) {
    const found = builtPath(target, urls);
    if (found?.startsWith(contentFileUrl(`${IMAGES_FOLDER}/`))) linkedImages.add(found);
    if (found !== undefined) continue;
    const status = targets.unpublished.get(target) ?? targets.unpublished.get(`${target}/`);
    const why = status ? `: ${LEFT_OUT[status]}` : "";
    const line = await fileLine(path.resolve(targets.cwd, article.file), article.body, link.line);
    issues.push({
      severity: "error",
      file: article.file,
      line,
      field: "body",
      message: `link "${link.href}" is not a page of this site${why} (${EXPECTED})`,
    });
  }
  return { issues, linkedImages: [...linkedImages].sort() };
}

/**
 * Where each body's candidate links are remembered between checks: the preview's memo of each
 * unchanged article (`articleLinkMemo`), or a build's cache of them by the body's hash
 * (`link-cache.ts`), which answers for an unchanged body without reading it.
 */
export interface LinkMemo {
  get(article: LinkingArticle, siteHost: string): readonly BodyLink[] | undefined;
  set(article: LinkingArticle, siteHost: string, links: readonly BodyLink[]): void;
}

/** The preview's memo: each article object's links while its body stays the same. */
export function articleLinkMemo(): LinkMemo {
  const known = new WeakMap<LinkingArticle, { body: string; siteHost: string; links: readonly BodyLink[] }>();
  return {
    get(article, siteHost) {
      const entry = known.get(article);
      return entry?.body === article.body && entry.siteHost === siteHost ? entry.links : undefined;
    },
    set: (article, siteHost, links) => known.set(article, { body: article.body, siteHost, links }),
  };
}

function linksOf(article: LinkingArticle, siteHost: string, memo: LinkMemo | undefined): readonly BodyLink[] {
  const known = memo?.get(article, siteHost);
  if (known) return known;
  const links = internalLinkCandidates(article.body, siteHost);
  memo?.set(article, siteHost, links);
  return links;
}

/**
 * A root-relative path of plain characters: no dot segments, escapes or backslashes to resolve, so
 * it is its own decoded path.
 */
const PLAIN_PATH = /^\/(?!\/)[A-Za-z0-9_~\/-]*$/;
/**
 * `http(s)://host` with a lowercase host name whose last label starts with a letter: a name that
 * URL parsing leaves as it is (never an IPv4 number, an escape or a port).
 */
const PLAIN_ORIGIN = /^https?:\/\/((?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*)(?=[/?#]|$)/;

/**
 * The decoded path a link points to on this site, or undefined for other sites, other schemes and
 * the page itself. Most links of a body are plain paths or plain addresses of other sites, answered
 * without parsing a URL: a build checks every link of every article.
 */
export function sitePath(href: string, pageUrl: string, siteHost: string): string | undefined {
  if (PLAIN_PATH.test(href)) return href;
  const origin = PLAIN_ORIGIN.exec(href);
  if (origin && origin[1] !== siteHost) return undefined;
  return parsedSitePath(href, pageUrl, siteHost);
}

/** `sitePath` by parsing the link as a URL against the page's address, as a browser resolves it. */
export function parsedSitePath(href: string, pageUrl: string, siteHost: string): string | undefined {
  const trimmed = href.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");
  if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith("?") || looksLikeScheme(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, pageUrl);
  } catch {
    return undefined;
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.host !== siteHost) return undefined;
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return url.pathname;
  }
}

/**
 * A colon before the first `/`, `?` or `#` that does not follow a scheme (`java%09script:alert(1)`):
 * meant as one, and no valid relative reference (RFC 3986 §4.2), so not a link into the site.
 */
function looksLikeScheme(href: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(href) && /^[^/?#]*:/.test(href);
}

/** The site's own spelling of a path, as a static host serves it: `/a/` also answers `/a` and `/a/index.html`. */
function builtPath(target: string, urls: ReadonlySet<string>): string | undefined {
  const candidates = [target, `${target}/`, target.endsWith("/index.html") ? target.slice(0, -"index.html".length) : undefined];
  return candidates.find((candidate) => candidate !== undefined && urls.has(candidate));
}

/** The 1-based file line of a body line: the body is the end of the file, after the front matter. */
async function fileLine(file: string, body: string, bodyLine: number): Promise<number> {
  const text = await readFile(file, "utf8").catch(() => "");
  if (!text.endsWith(body)) return 1;
  const before = text.slice(0, text.length - body.length);
  return before.split("\n").length + bodyLine;
}
