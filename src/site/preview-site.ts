import { DerivedArticles } from "../articles/derived-articles.ts";
import { ArticleFileTexts } from "../articles/file-texts.ts";
import { ParsedArticles } from "../articles/load.ts";
import { findContentError, formatIssue, type ContentIssue } from "../articles/content-issue.ts";
import type { Page } from "../pages/types.ts";
import { HOME_URL } from "../urls/urls.ts";
import { loadSite, type LoadSiteOptions, type SiteModel } from "./load-site.ts";
import { articleLinkMemo, type LinkMemo } from "./internal-links.ts";
import { siteSchema } from "./schema.ts";

/** What the preview server remembers between loads, so that unchanged articles are not parsed or rendered again. */
export interface PreviewMemo {
  parsed: ParsedArticles;
  derived: DerivedArticles;
  fileTexts: ArticleFileTexts;
  links: LinkMemo;
}

/**
 * The preview server must survive an editor's mistake: a content error is printed as our one-line
 * messages (not Eleventy's stack trace) and every page serves the list of errors until the file
 * is fixed, when the next rebuild brings the site back.
 */
export function createPreviewLoader(
  log: (line: string) => void = console.error,
  memo: PreviewMemo = {
    parsed: new ParsedArticles(),
    derived: new DerivedArticles(),
    fileTexts: new ArticleFileTexts(),
    links: articleLinkMemo(),
  },
): (options: LoadSiteOptions) => Promise<SiteModel> {
  let lastGood: SiteModel | undefined;
  return async (options) => {
    try {
      lastGood = await loadSite({ ...memo, ...options });
      return lastGood;
    } catch (error) {
      const contentError = findContentError(error);
      if (!contentError) throw error;
      for (const issue of contentError.issues) log(formatIssue(issue));
      const errors = contentError.issues.filter((issue) => issue.severity === "error").length;
      log(`${errors} content ${errors === 1 ? "error" : "errors"}: the preview shows them on every page until they are fixed.`);
      return contentErrorsModel([...contentError.issues], lastGood, options.buildTime);
    }
  };
}

/** Replaces each HTML page of the last good model (or just the home page) with the list of errors; its other fields stay. */
export function contentErrorsModel(issues: ContentIssue[], lastGood: SiteModel | undefined, buildTime: Date): SiteModel {
  // Only HTML addresses: an error page served as a feed or sitemap would only confuse.
  const htmlUrls = (lastGood?.pages ?? []).map((page) => page.url).filter((url) => url.endsWith("/") || url.endsWith(".html"));
  const pages: Page[] = [...new Set([HOME_URL, ...htmlUrls])].map((url) => ({ kind: "content-errors", url, issues }));
  if (lastGood) return { ...lastGood, articles: [], pages, issues };
  // site.json itself may be the broken file, so the error page cannot rely on it.
  const site = siteSchema.parse({ title: "Preview", url: "http://localhost:8080", language: "en" });
  const nothing = { articles: [], images: [], searchIndex: Promise.resolve([]) };
  return { ...nothing, context: { site, sections: [], authors: [], buildTime, preview: true }, pages, issues };
}
