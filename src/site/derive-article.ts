import { toArticle } from "../articles/article.ts";
import { DerivedArticles, type DerivedArticle } from "../articles/derived-articles.ts";
import type { ArticleSource } from "../articles/load.ts";
import { publicationStatus } from "../articles/status.ts";
import type { RenderedBody } from "../markdown/render.ts";
import type { SiteData } from "./load-data.ts";

export interface ArticleDeriverOptions {
  data: SiteData;
  buildTime: Date;
  /** Drafts and scheduled articles are shown, not left out. */
  preview: boolean;
  render: (markdown: string) => RenderedBody;
  /** The preview server's memo of earlier results. */
  derived?: DerivedArticles;
}

/**
 * One source to the article pages show, or undefined when the build leaves it out. Shared by the
 * whole-site load and the preview's edited-article path, so that both derive an article alike.
 */
export function createArticleDeriver(options: ArticleDeriverOptions): (source: ArticleSource) => DerivedArticle | undefined {
  const { data, buildTime, preview, render } = options;
  const sectionTitles = new Map(data.sections.map((section) => [section.slug, section.title]));
  const derived = options.derived ?? new DerivedArticles();
  return (source) => {
    const status = publicationStatus(source, buildTime);
    if (status !== "published" && !preview) return undefined;
    const sectionTitle = sectionTitles.get(source.section) ?? source.section;
    return derived.derive(source, { status, sectionTitle, renderer: data.site.embedHosts }, () => {
      const body = render(source.body);
      return { article: toArticle(source, body, status, sectionTitle), text: body.text, idConflicts: body.idConflicts };
    });
  };
}
