import { renderToString } from "preact-render-to-string";
import { RedirectPage } from "../../layouts/RedirectPage.tsx";
import type { FilePage } from "../pages/types.ts";
import type { Site } from "../site/schema.ts";
import { absoluteUrl } from "../urls/absolute.ts";
import { REDIRECTS_URL } from "../urls/urls.ts";

/** What a redirect needs of an article: its URL, made by the build, and its old URLs. */
export interface MovedArticle {
  url: string;
  title: string;
  aliases?: readonly string[];
}

/** Each alias and the URL it sends readers to, sorted so that the output never depends on file order. */
export function redirectsOf(articles: readonly MovedArticle[]): { from: string; article: MovedArticle }[] {
  const redirects = articles.flatMap((article) => [...new Set(article.aliases ?? [])].map((from) => ({ from, article })));
  return redirects.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/**
 * A redirect page at each alias, and `/_redirects` listing them all with status 301 for hosts
 * that read it (Netlify, Cloudflare Pages); nothing when no article has an alias. Validation has
 * made sure that no alias is a page the build writes, or another article's alias.
 */
export function redirectFiles(articles: readonly MovedArticle[], site: Site): FilePage[] {
  const redirects = redirectsOf(articles);
  if (redirects.length === 0) return [];
  const pages = redirects.map(({ from, article }): FilePage => {
    const props = { language: site.language, title: article.title, path: article.url, canonical: absoluteUrl(site.url, article.url) };
    return { kind: "file", url: from, contentType: "text/html", body: `<!doctype html>\n${renderToString(RedirectPage(props))}\n` };
  });
  const lines = redirects.map(({ from, article }) => `${from} ${article.url} 301\n`).join("");
  return [...pages, { kind: "file", url: REDIRECTS_URL, contentType: "text/plain", body: lines }];
}
