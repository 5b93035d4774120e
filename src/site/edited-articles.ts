import path from "node:path";
import type { DerivedArticles } from "../articles/derived-articles.ts";
import type { ArticleFileTexts } from "../articles/file-texts.ts";
import type { ArticleParser, ArticleSource } from "../articles/load.ts";
import { processArticleImages } from "../images/article-images.ts";
import type { GeneratedImage } from "../images/responsive.ts";
import { asRendering } from "../markdown/body-rendering.ts";
import { createMarkdownRenderer } from "../markdown/render.ts";
import { markdownText } from "../markdown/render-cache.ts";
import { createArticleExtras } from "../pages/article-extras.ts";
import { articlePage } from "../pages/article-page.ts";
import type { PageOfKind } from "../pages/types.ts";
import { createArticleDeriver } from "./derive-article.ts";
import { internalLinkIssues } from "./internal-links.ts";
import type { SiteModel } from "./load-site.ts";
import { siteUrls } from "./site-urls.ts";

export interface EditedArticlesInputs {
  /** The last whole-site load without errors. */
  last: SiteModel;
  /** Absolute paths of the files saved since then. */
  files: readonly string[];
  /** The content folder, absolute. */
  inputDir: string;
  /** Article `file`s are relative to this folder. */
  cwd: string;
  buildTime: Date;
  /** The preview server's memos, which the whole-site load after this one then finds filled. */
  parsed: ArticleParser;
  derived: DerivedArticles;
  fileTexts: ArticleFileTexts;
}

export interface EditedArticlePages {
  pages: PageOfKind<"article">[];
  images: GeneratedImage[];
}

/**
 * The pages of articles whose files were just saved, made without loading the rest of the site,
 * so that the preview shows an edit without waiting for the whole site, however large it is.
 * An article page shows only its own article and the other articles of its section, which the
 * edit did not change, so it is what a whole-site load would make. Undefined whenever that does
 * not hold or the edit needs the whole site's checks: a new, removed or moved (new URL) article,
 * a file that is not an article, or any error (also ids the body gives its page twice), which the
 * whole-site load reports.
 */
export async function pagesOfEditedArticles(inputs: EditedArticlesInputs): Promise<EditedArticlePages | undefined> {
  const { last, cwd } = inputs;
  if (inputs.files.length === 0 || last.issues.some((issue) => issue.severity === "error")) return undefined;
  const byFile = new Map(last.articles.map((article) => [path.resolve(cwd, article.file), article]));
  const pagesByUrl = new Map(last.pages.flatMap((page) => (page.kind === "article" ? [[page.url, page] as const] : [])));
  const render = createMarkdownRenderer({ embedHosts: last.context.site.embedHosts });
  const derive = createArticleDeriver({
    data: last.context,
    buildTime: inputs.buildTime,
    preview: last.context.preview,
    render: (markdown) => asRendering(render(markdownText(markdown))),
    derived: inputs.derived,
  });
  const pages: PageOfKind<"article">[] = [];
  const images: GeneratedImage[] = [];
  for (const file of new Set(inputs.files.map((changed) => path.resolve(cwd, changed)))) {
    const before = byFile.get(file);
    const page = before && pagesByUrl.get(before.url);
    if (!page) return undefined;
    // A deleted file or a symbolic link is for the whole-site load to report.
    const text = await inputs.fileTexts.read(file).catch(() => undefined);
    if (typeof text !== "string") return undefined;
    const parsed = inputs.parsed.parse(
      before.file,
      text,
      last.context.sections.map((section) => section.slug),
    );
    if (!parsed.article || parsed.issues.some((issue) => issue.severity === "error")) return undefined;
    if (await linksElsewhere(parsed.article, inputs)) return undefined;
    const derived = derive(parsed.article);
    if (derived?.article.url !== page.url || derived.idConflicts.length > 0) return undefined;
    const processed = await processArticleImages([derived.article], {
      inputDir: inputs.inputDir,
      cwd,
      formats: last.context.site.images?.formats,
    });
    const [article] = processed.articles;
    if (!article || processed.issues.length > 0) return undefined;
    const extras = createArticleExtras({ authors: last.context.authors, leadImages: processed.leadImages })(article);
    pages.push(articlePage(article, page.section, page.moreInSection, extras));
    images.push(...processed.files);
  }
  return { pages, images };
}

/**
 * Whether the article's body links to an address the site does not have, which the whole-site
 * load reports, or to a file under images/, which only that load publishes.
 */
async function linksElsewhere(article: ArticleSource, inputs: EditedArticlesInputs): Promise<boolean> {
  const links = await internalLinkIssues([article], {
    siteUrl: inputs.last.context.site.url,
    urls: () => linkableUrls(inputs.last, inputs.inputDir),
    unpublished: new Map(),
    cwd: inputs.cwd,
  });
  return links.issues.length > 0 || links.linkedImages.length > 0;
}

const urlsOfSite = new WeakMap<SiteModel, Promise<ReadonlySet<string>>>();

/**
 * The addresses of a loaded site that an edited article may link to, worked out once per load: the
 * preview asks for them right after each whole-site load, so that the next save does not wait for them.
 */
export function linkableUrls(site: SiteModel, inputDir: string): Promise<ReadonlySet<string>> {
  let urls = urlsOfSite.get(site);
  if (urls === undefined) {
    const { sections } = site.context;
    urls = siteUrls({ sections, articles: site.articles, inputDir });
    // A folder that could not be read is tried again at the next save.
    urls.catch(() => urlsOfSite.delete(site));
    urlsOfSite.set(site, urls);
  }
  return urls;
}
