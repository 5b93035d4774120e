import { renderToString } from "preact-render-to-string";
import { ArticlePage } from "../../layouts/ArticlePage.tsx";
import { ContentErrorsPage } from "../../layouts/ContentErrorsPage.tsx";
import { HomePage } from "../../layouts/HomePage.tsx";
import { NotFoundPage } from "../../layouts/NotFoundPage.tsx";
import { SectionPage } from "../../layouts/SectionPage.tsx";
import { AuthorIndexPage } from "../../layouts/AuthorIndexPage.tsx";
import { AuthorPage } from "../../layouts/AuthorPage.tsx";
import { SearchPage } from "../../layouts/SearchPage.tsx";
import { StaticPage } from "../../layouts/StaticPage.tsx";
import { CorrectionsPage } from "../../layouts/CorrectionsPage.tsx";
import { TagIndexPage } from "../../layouts/TagIndexPage.tsx";
import { TagPage } from "../../layouts/TagPage.tsx";
import { pageMeta } from "../distribution/page-meta.ts";
import type { HtmlPage, Page, PageMeta, SiteContext } from "./types.ts";

/** Preact escapes every text and attribute value; only the sanitised article body is inserted as HTML. */
export function renderPage(page: Page, context: SiteContext): string {
  if (page.kind === "file") return page.body;
  return `<!doctype html>\n${renderToString(pageElement(page, context, pageMeta(page, context)))}\n`;
}

/**
 * The metadata is passed down as a prop rather than through a Preact context: with `useContext`
 * V8 keeps every rendered page's components alive past two young-generation collections, moving
 * all of the writing's garbage into the old generation, where it grows with the size of the site.
 */
function pageElement(page: HtmlPage, context: SiteContext, meta: PageMeta) {
  switch (page.kind) {
    case "article":
      return <ArticlePage page={page} context={context} meta={meta} />;
    case "section":
      return <SectionPage page={page} context={context} meta={meta} />;
    case "home":
      return <HomePage page={page} context={context} meta={meta} />;
    case "not-found":
      return <NotFoundPage page={page} context={context} meta={meta} />;
    case "content-errors":
      return <ContentErrorsPage page={page} context={context} meta={meta} />;
    case "tag":
      return <TagPage page={page} context={context} meta={meta} />;
    case "author":
      return <AuthorPage page={page} context={context} meta={meta} />;
    case "tag-index":
      return <TagIndexPage page={page} context={context} meta={meta} />;
    case "author-index":
      return <AuthorIndexPage page={page} context={context} meta={meta} />;
    case "search":
      return <SearchPage page={page} context={context} meta={meta} />;
    case "corrections":
      return <CorrectionsPage page={page} context={context} meta={meta} />;
    case "static":
      return <StaticPage page={page} context={context} meta={meta} />;
  }
}
