import { toArticle } from "../articles/article.ts";
import type { DerivedArticle, DerivedArticles } from "../articles/derived-articles.ts";
import { liveBlogFacts, liveBlogMarkdown } from "../articles/live-body.ts";
import type { ArticleSource } from "../articles/load.ts";
import { storedBody } from "../articles/stored-bodies.ts";
import { publicationStatus } from "../articles/status.ts";
import type { BodyRendering } from "../markdown/body-rendering.ts";
import type { Markdown } from "../markdown/render-cache.ts";
import type { TextStore } from "../util/text-store.ts";
import type { SiteData } from "./load-data.ts";

export interface ArticleDeriverOptions {
  data: SiteData;
  buildTime: Date;
  /** Drafts and scheduled articles are shown, not left out. */
  preview: boolean;
  render: (markdown: Markdown) => BodyRendering;
  /** The preview server's memo of earlier results. */
  derived?: DerivedArticles;
  /** Where the articles' HTML is kept until their pages are written; in memory when not given. */
  texts?: TextStore;
}

/**
 * One source to the article pages show, or undefined when the build leaves it out. Shared by the
 * whole-site load and the preview's edited-article path, so that both derive an article alike.
 */
export function createArticleDeriver(options: ArticleDeriverOptions): (source: ArticleSource) => DerivedArticle | undefined {
  const { data, buildTime, preview, render, texts } = options;
  const sectionTitles = new Map(data.sections.map((section) => [section.slug, section.title]));
  // Only the preview remembers: a build's memo would hold every article's text as long as its sources.
  const derived = options.derived;
  return (source) => {
    const status = publicationStatus(source, buildTime);
    if (status !== "published" && !preview) return undefined;
    const sectionTitle = sectionTitles.get(source.section) ?? source.section;
    // A live blog's page depends on the build time too: which updates have come, and its live state;
    // and on the site's time zone, in which its HH:MM update times are read.
    const renderer = source.type === "live" ? [data.site.embedHosts, buildTime.getTime(), data.site.timeZone] : data.site.embedHosts;
    const make = (): DerivedArticle => {
      if (source.type === "live")
        return deriveLiveBlog(source, { render, status, sectionTitle, buildTime, timeZone: data.site.timeZone, texts });
      const body = render(storedBody(source));
      const article = toArticle(source, body, status, sectionTitle, texts);
      return { article, text: body.text, idConflicts: body.idConflicts };
    };
    return derived ? derived.derive(source, { status, sectionTitle, renderer }, make) : make();
  };
}

/** A live blog: its updates newest first, and `updated` the time of the newest one shown. */
function deriveLiveBlog(
  source: ArticleSource,
  inputs: {
    render: (markdown: string) => BodyRendering;
    status: DerivedArticle["article"]["status"];
    sectionTitle: string;
    buildTime: Date;
    timeZone: string;
    texts: TextStore | undefined;
  },
): DerivedArticle {
  const { markdown, newest, shown } = liveBlogMarkdown(source, inputs.buildTime, inputs.timeZone);
  const updated = newest && (!source.updated || newest > source.updated) && newest > source.date ? newest : source.updated;
  const body = inputs.render(markdown);
  const article = toArticle({ ...source, updated }, body, inputs.status, inputs.sectionTitle, inputs.texts);
  article.live = liveBlogFacts(source, shown, inputs.buildTime, (text) => inputs.render(text).text.text());
  return { article, text: body.text, idConflicts: body.idConflicts };
}
