import path from "node:path";
import { openReadCaches, type ReadCaches } from "./read-caches.ts";
import type { Article } from "../articles/article.ts";
import { formatDateline, isoDayIn } from "../articles/dates.ts";
import type { ArticleSource } from "../articles/load.ts";
import { storedBody } from "../articles/stored-bodies.ts";
import type { DerivedArticle, DerivedArticles } from "../articles/derived-articles.ts";
import { ContentError, sortIssues, type ContentIssue } from "../articles/content-issue.ts";
import { publicationStatus } from "../articles/status.ts";
import { distributionParts } from "../distribution/feed-pages.ts";
import { processArticleImages } from "../images/article-images.ts";
import type { GeneratedImage } from "../images/responsive.ts";
import type { BodyRendering } from "../markdown/body-rendering.ts";
import { createMarkdownRenderer } from "../markdown/render.ts";
import type { BuildCache } from "../cache/build-cache.ts";
import { markdownText, openRenderCache, type Markdown } from "../markdown/render-cache.ts";
import { pageParts } from "../pages/build-pages.ts";
import { renderContentPages } from "../content-pages/render.ts";
import { correctionsPage } from "../trust/corrections-page.ts";
import type { PageSource } from "../content-pages/schema.ts";
import type { Page, SiteContext } from "../pages/types.ts";
import { startSearchIndexer, type SearchIndexer } from "../search/build-in-worker.ts";
import { searchDocumentList, searchDocuments } from "../search/search-documents.ts";
import type { SearchDocument, SearchIndexFile } from "../search/search-index.ts";
import type { SiteData } from "./load-data.ts";
import { bodyTextFromFiles } from "./body-text.ts";
import { createArticleDeriver } from "./derive-article.ts";
import { openSiteRenderer, RENDER_PART, type SiteRenderer } from "./site-renderer.ts";
import { stageDone } from "../util/stage-times.ts";
import { openThreadPool } from "../util/thread-pool.ts";
import { textsInMemory, type StoredText, type TextStore } from "../util/text-store.ts";
import { readContent, type ContentRead, type ReadContentOptions } from "./read-content.ts";
import { nextSourceChange } from "./output-valid-until.ts";
import { bodyFacts, renderBodies, validateContent, type BodyFacts } from "./validate-content.ts";

export { checkContent } from "./validate-content.ts";

export interface LoadSiteOptions extends ReadContentOptions {
  buildTime: Date;
  preview: boolean;
  /** What earlier builds kept (parsed front matter, rendered bodies, search terms, images); none when caching is off. */
  cache?: BuildCache;
  /** Kept by the preview server with `parsed`, so that unchanged articles are not derived again. */
  derived?: DerivedArticles;
  /** The preview server gives up a load that a newer edit has made stale. */
  signal?: AbortSignal;
  /** Told the URLs of the articles the build shows as soon as the content is known to be valid, before any rendering. */
  onArticleUrls?: (urls: string[]) => void;
}

export interface SiteModel {
  context: SiteContext;
  /** Published articles; in preview, drafts and scheduled ones too. */
  articles: Article[];
  pages: Page[];
  /** Warnings, and in preview also the errors that were not thrown. */
  issues: ContentIssue[];
  /** Generated image files the pages use; the plugin copies them into the output. */
  images: GeneratedImage[];
  /** Built while the pages are written; the plugin writes it after them. */
  searchIndex: Promise<SearchIndexFile[]>;
  /** When the articles' own dates next change what a build shows (`nextSourceChange`); absent in the preview's error model. */
  sourceChange?: Date;
}

/** Reads, validates and renders all content; throws a ContentError listing every problem found. */
export async function loadSite(options: LoadSiteOptions): Promise<SiteModel> {
  const { cache } = options;
  const scope = path.resolve(options.cwd ?? process.cwd(), options.inputDir);
  // The preview server's own memo comes first; a one-off build reads the persistent cache.
  const caches = await openReadCaches(cache, options);
  // One pool for a build's parsing and rendering, closed when the load ends, whatever the outcome.
  // The preview's loads parse and render only what an edit changed, on this thread.
  const pool = options.pool ?? (options.parsed || options.derived ? undefined : openThreadPool());
  try {
    return await loadWithPool({ ...options, pool }, caches, scope);
  } finally {
    if (!options.pool) pool?.close();
  }
}

async function loadWithPool(options: LoadSiteOptions, caches: ReadCaches, scope: string): Promise<SiteModel> {
  const { cache } = options;
  const read = await readContent({ ...options, parsed: caches.parsed, links: caches.links });
  stageDone("load and validate front matter and links");
  const { data, issues, articles: sources, linkedImages } = read;
  await caches.save();
  await checkpoint(options.signal);
  if (!data) throw new ContentError(sortIssues(issues));
  if (issues.some((issue) => issue.severity === "error")) throw new ContentError(await invalidContentIssues(read, { ...options, data }));
  // Only the articles this build shows: a folder for a draft would tell readers its slug.
  const shown = sources.filter((source) => options.preview || publicationStatus(source, options.buildTime) === "published");
  options.onArticleUrls?.(shown.map((source) => source.url));

  const context: SiteContext = { ...data, buildTime: options.buildTime, preview: options.preview };
  // Read before the bodies are rendered, which lets go of their Markdown.
  const sourceChange = nextSourceChange(sources, options.buildTime, data.site.timeZone);
  const indexer = startSearchIndexer({
    documents: sources.length,
    characters: read.characters,
    cache,
    signal: options.signal,
  });
  try {
    const model = await deriveSite(sources, {
      ...options,
      data,
      context,
      issues,
      scope,
      indexer,
      linkedImages,
      contentPages: read.pages,
    });
    return { ...model, sourceChange };
  } catch (error) {
    indexer.cancel();
    throw error;
  }
}

/**
 * Every problem of content whose front matter has errors: the bodies that could be read, also
 * those of the rejected articles, are rendered and checked too (through the render cache), so
 * that one run reports them all.
 */
async function invalidContentIssues(read: ContentRead, inputs: LoadSiteOptions & { data: SiteData }): Promise<ContentIssue[]> {
  const scope = path.resolve(inputs.cwd ?? process.cwd(), inputs.inputDir);
  const embedHosts = inputs.data.site.embedHosts;
  const cache = await openRenderCache(inputs.cache, { embedHosts });
  const renderMarkdown = createMarkdownRenderer({ embedHosts });
  const render = cache.wrap((markdown) => renderMarkdown(markdownText(markdown)));
  const bodies = renderBodies(read, render);
  await cache.save();
  return validateContent(read, bodies, { inputDir: scope, cwd: inputs.cwd ?? process.cwd() });
}

interface DeriveInputs extends LoadSiteOptions {
  data: SiteData;
  context: SiteContext;
  issues: ContentIssue[];
  scope: string;
  indexer: SearchIndexer;
  /** Files under images/ that bodies link to, published as they are. */
  linkedImages: GeneratedImage[];
  /** The content folder's own pages, read and validated. */
  contentPages: readonly PageSource[];
}

/** Renders the articles, hands the search index their text, and computes every page. */
async function deriveSite(sources: readonly ArticleSource[], inputs: DeriveInputs): Promise<SiteModel> {
  const { data, context, issues, scope, indexer } = inputs;
  const cache = await openRenderCache(inputs.cache, { embedHosts: data.site.embedHosts });
  const renderer = openSiteRenderer(cache, { embedHosts: data.site.embedHosts, pool: inputs.pool });
  const { render } = renderer;
  const derive = createArticleDeriver({ ...inputs, render });
  // The preview remembers its sources, and derives them again when their inputs change: only a
  // load that parsed its own sources owns them, and may let go of their Markdown.
  const { rendered, bodyText, bodies } = await deriveInParts(sources, renderer, (part) =>
    deriveArticles(part, derive, { releaseMarkdown: inputs.parsed === undefined, render, texts: inputs.texts ?? textsInMemory() }),
  );
  stageDone("derive articles (render bodies)");
  const own = renderContentPages(inputs.contentPages, render, scope);
  bodies.push(...own.bodies);
  // In the preview, articles it remembers skip the cache; its stores keep their entries (build-cache.ts).
  await cache.save();
  await checkpoint(inputs.signal);
  const cwd = inputs.cwd ?? process.cwd();
  const checked = await validateContent({ issues, articles: sources }, bodies, { inputDir: scope, cwd });
  if (checked.some((issue) => issue.severity === "error")) throw new ContentError(checked);
  stageDone("validate bodies");
  // The documents' fields are the same for the articles before and after their images: the latter
  // replace the former, so that those (and their HTML) are not kept for the rare fallback.
  const searched = { articles: rendered };
  // Asked for before the images and pages, which it does not need (they change only article HTML),
  // so that it overlaps with them.
  const searchIndex = indexer.build(
    searchDocumentList(rendered, bodyText, data.site.language, data.site.timeZone),
    searchDocumentsAgain(searched, cwd, data.site),
  );
  stageDone("send the search documents");
  await checkpoint(inputs.signal);
  const images = await processArticleImages(rendered, {
    inputDir: path.resolve(cwd, inputs.inputDir),
    cwd,
    cache: inputs.cache,
    formats: data.site.images?.formats,
    texts: inputs.texts,
  });
  // Only a file that exists but is not an image is left for the image processing to find.
  if (images.issues.length > 0) throw new ContentError(sortIssues([...checked, ...images.issues]));
  const articles = images.articles;
  searched.articles = articles;
  stageDone("article images");
  await checkpoint(inputs.signal);
  const pages = await inParts(
    pageParts(articles, data.sections, { authors: data.authors, leadImages: images.leadImages, dateline: datelineOf(context) }),
    inputs.signal,
  );
  pages.push(...own.pages);
  const corrections = correctionsPage(articles);
  pages.push(...corrections);
  context.hasCorrections = corrections.length > 0;
  const distribution = await inParts(distributionParts(pages, articles, context), inputs.signal);
  stageDone("plan pages, feeds and sitemaps");
  const files = [...images.files, ...inputs.linkedImages, ...own.images, ...(data.brand?.files ?? [])];
  return { context, articles, pages: [...pages, ...distribution], issues: checked, images: files, searchIndex };
}

/**
 * The articles the build shows, with each one's text for the search index, and what validation
 * needs of every body, including those of the drafts and scheduled articles the build leaves out
 * (rendered for that alone). `releaseMarkdown` empties each source's body once it is rendered:
 * holding the Markdown, the HTML and the search text of every article at once set the main
 * thread's heap for the rest of the build.
 */
function deriveArticles(
  sources: readonly ArticleSource[],
  derive: (source: ArticleSource) => DerivedArticle | undefined,
  options: { releaseMarkdown: boolean; render: (markdown: Markdown) => BodyRendering; texts: TextStore },
) {
  // Kept where the HTML is: read back a chunk at a time when the search documents are sent.
  const bodyText = new Map<string, StoredText>();
  const bodies: BodyFacts[] = [];
  const rendered = sources.flatMap((source) => {
    const derived = derive(source);
    bodies.push(
      bodyFacts(
        source.file,
        derived ? { images: derived.article.bodyImages, idConflicts: derived.idConflicts } : options.render(storedBody(source)),
      ),
    );
    if (options.releaseMarkdown) source.body = "";
    if (!derived) return [];
    bodyText.set(source.url, options.texts.put(derived.text));
    return [derived.article];
  });
  return { rendered, bodyText, bodies };
}

/**
 * The articles derived a part at a time, each part's bodies rendered ahead on every core first:
 * only a part's renderings wait beside the Markdown they replace.
 */
async function deriveInParts(
  sources: readonly ArticleSource[],
  renderer: SiteRenderer,
  derivePart: (part: readonly ArticleSource[]) => ReturnType<typeof deriveArticles>,
): Promise<ReturnType<typeof deriveArticles>> {
  const whole: ReturnType<typeof deriveArticles> = { rendered: [], bodyText: new Map(), bodies: [] };
  for (let start = 0; start < sources.length; start += RENDER_PART) {
    const part = sources.slice(start, start + RENDER_PART);
    await renderer.prepare(part);
    const derived = derivePart(part);
    for (const article of derived.rendered) whole.rendered.push(article);
    for (const body of derived.bodies) whole.bodies.push(body);
    for (const [url, text] of derived.bodyText) whole.bodyText.set(url, text);
  }
  return whole;
}

/**
 * The search documents made again from the article files, should the search worker run out of
 * memory (`startSearchIndexer`). Made outside `deriveSite`, whose closures hold every article's
 * text, so that this one, kept until the worker is done, holds none.
 */
function searchDocumentsAgain(searched: { articles: readonly Article[] }, cwd: string, site: SiteData["site"]): () => SearchDocument[] {
  return () =>
    searchDocuments(
      searched.articles,
      bodyTextFromFiles(searched.articles, cwd, createMarkdownRenderer({ embedHosts: site.embedHosts })),
      site.language,
      site.timeZone,
    );
}

/** The items of each part in turn, with a checkpoint after each, where a stale preview load gives up. */
export async function inParts<T>(parts: readonly (() => T[])[], signal: AbortSignal | undefined): Promise<T[]> {
  const made: T[] = [];
  for (const part of parts) {
    // Not `push(...)`: a large section's pages would be more arguments than the stack holds.
    for (const item of part()) made.push(item);
    await checkpoint(signal);
  }
  return made;
}

/**
 * Where the preview server's load lets the watcher and the dev server in, and gives up when a
 * newer save has made it stale; a build without a signal runs straight through.
 */
export async function checkpoint(signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return;
  await new Promise((resolve) => setImmediate(resolve));
  signal.throwIfAborted();
}

/** The front page's date: the build's day in the site's language and time zone. */
function datelineOf({ site, buildTime }: SiteContext): { iso: string; text: string } {
  return { iso: isoDayIn(buildTime, site.timeZone), text: formatDateline(buildTime, site.language, site.timeZone) };
}
