import { renderToString } from "preact-render-to-string";
import { ArticlePage } from "../../layouts/ArticlePage.tsx";
import { ContentErrorsPage } from "../../layouts/ContentErrorsPage.tsx";
import { HomePage } from "../../layouts/HomePage.tsx";
import { NotFoundPage } from "../../layouts/NotFoundPage.tsx";
import { SectionPage } from "../../layouts/SectionPage.tsx";
import { AuthorIndexPage } from "../../layouts/AuthorIndexPage.tsx";
import { AuthorPage } from "../../layouts/AuthorPage.tsx";
import { SearchPage } from "../../layouts/SearchPage.tsx";
import { TagIndexPage } from "../../layouts/TagIndexPage.tsx";
import { TagPage } from "../../layouts/TagPage.tsx";
import { PageMetaContext } from "../../layouts/components/PageMetaTags.tsx";
import { pageMeta } from "../distribution/page-meta.ts";
import type { HtmlPage, Page, SiteContext } from "./types.ts";

/** Preact escapes every text and attribute value; only the sanitised article body is inserted as HTML. */
export function renderPage(page: Page, context: SiteContext): string {
  if (page.kind === "file") return page.body;
  const element = pageElement(page, context);
  return `<!doctype html>\n${renderToString(<PageMetaContext.Provider value={pageMeta(page, context)}>{element}</PageMetaContext.Provider>)}\n`;
}

function pageElement(page: HtmlPage, context: SiteContext) {
  switch (page.kind) {
    case "article":
      return <ArticlePage page={page} context={context} />;
    case "section":
      return <SectionPage page={page} context={context} />;
    case "home":
      return <HomePage page={page} context={context} />;
    case "not-found":
      return <NotFoundPage context={context} />;
    case "content-errors":
      return <ContentErrorsPage page={page} context={context} />;
    case "tag":
      return <TagPage page={page} context={context} />;
    case "author":
      return <AuthorPage page={page} context={context} />;
    case "tag-index":
      return <TagIndexPage page={page} context={context} />;
    case "author-index":
      return <AuthorIndexPage page={page} context={context} />;
    case "search":
      return <SearchPage page={page} context={context} />;
  }
}
