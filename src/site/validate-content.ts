import path from "node:path";
import { openReadCaches } from "./read-caches.ts";
import { sortIssues, type ContentIssue } from "../articles/content-issue.ts";
import type { ArticleSource } from "../articles/load.ts";
import type { BuildCache } from "../cache/build-cache.ts";
import { checkBodyImages, checkLeadImages, type BodyImages } from "../images/check-images.ts";
import type { BodyRendering } from "../markdown/body-rendering.ts";
import type { BodyImage } from "../markdown/render.ts";
import { openRenderCache } from "../markdown/render-cache.ts";
import { bodyIdIssues } from "./body-ids.ts";
import { readContent, type ContentRead, type ReadContentOptions } from "./read-content.ts";
import { openSiteRenderer } from "./site-renderer.ts";
import { openThreadPool } from "../util/thread-pool.ts";

/** What validation needs of an article's rendered body, small enough to keep for every article. */
export interface BodyFacts extends BodyImages {
  idConflicts: readonly string[];
}

export function bodyFacts(file: string, body: { images: readonly BodyImage[]; idConflicts: readonly string[] }): BodyFacts {
  return { file, images: body.images, idConflicts: body.idConflicts };
}

/**
 * Every content problem of the data files and articles: the one validation that `npm run check`
 * and the build both run, so that neither passes what the other rejects, and with the same words.
 * Bodies are checked even when front matter is invalid, so that one run reports every problem;
 * sorted by file and line.
 */
export async function validateContent(
  read: { issues: readonly ContentIssue[]; articles: readonly ArticleSource[] },
  bodies: readonly BodyFacts[],
  context: { inputDir: string; cwd: string },
): Promise<ContentIssue[]> {
  const withIds = bodies.filter((body) => body.idConflicts.length > 0).map((body) => ({ file: body.file, ids: body.idConflicts }));
  const found = await Promise.all([
    checkLeadImages(read.articles, context),
    checkBodyImages(bodies, context),
    withIds.length > 0 ? bodyIdIssues(withIds, context.cwd) : [],
  ]);
  return sortIssues([...read.issues, ...found.flat()]);
}

/** Renders every body that was read, also those of articles whose front matter has errors, for `validateContent`. */
export function renderBodies(
  read: Pick<ContentRead, "articles" | "rejectedBodies"> & { pages?: ContentRead["pages"] },
  render: (markdown: string) => BodyRendering,
): BodyFacts[] {
  return [...read.articles, ...read.rejectedBodies, ...(read.pages ?? [])].map((article) => bodyFacts(article.file, render(article.body)));
}

/**
 * `npm run check`: reads, renders and validates every article (drafts too), writing no site. It
 * uses the build's parse and render caches, so that a check after a build (or before one) parses
 * and renders only what changed: rendering every body is most of a check's work.
 */
export async function checkContent(options: ReadContentOptions & { cache?: BuildCache }): Promise<ContentIssue[]> {
  const cwd = options.cwd ?? process.cwd();
  const scope = path.resolve(cwd, options.inputDir);
  const { cache } = options;
  const caches = await openReadCaches(cache, options);
  // As a build does: what the caches lack is parsed and rendered on every core.
  const pool = options.pool ?? openThreadPool();
  try {
    const read = await readContent({ ...options, pool, parsed: caches.parsed, links: caches.links });
    await caches.save();
    if (!read.data) return sortIssues(read.issues);
    const { embedHosts } = read.data.site;
    const renderCache = await openRenderCache(cache, { embedHosts });
    const renderer = openSiteRenderer(renderCache, { embedHosts, pool });
    await renderer.prepare(read.articles);
    const bodies = renderBodies(read, renderer.render);
    await renderCache.save();
    return validateContent(read, bodies, { inputDir: scope, cwd });
  } finally {
    if (!options.pool) pool.close();
  }
}
