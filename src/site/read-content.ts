import path from "node:path";
import type { ContentIssue } from "../articles/content-issue.ts";
import { resolveBuildTime } from "../articles/dates.ts";
import { loadArticleSources, type ArticleReading, type ArticleSource } from "../articles/load.ts";
import { checkLeadImages } from "../images/check-images.ts";
import type { GeneratedImage } from "../images/responsive.ts";
import { bodyLinkIssues } from "./body-link-check.ts";
import { loadSiteData, type SiteData } from "./load-data.ts";

export interface ReadContentOptions extends ArticleReading {
  inputDir: string;
  /** Paths in messages are relative to this folder. */
  cwd?: string;
  /** Which articles are published, and so which links work; `BUILD_NOW` or now when not given. */
  buildTime?: Date;
  /** The preview shows drafts and scheduled articles, so links to them work there. */
  preview?: boolean;
}

/**
 * Reads and validates the data files and every article, rendering nothing. Kept apart from
 * `load-site.ts` so that `npm run check` does not load the renderer, layouts and image tools.
 */
export async function readContent(
  options: ReadContentOptions,
): Promise<{ data?: SiteData; issues: ContentIssue[]; articles: ArticleSource[]; linkedImages: GeneratedImage[] }> {
  const cwd = options.cwd ?? process.cwd();
  const displayPath = (absolute: string) => path.relative(cwd, absolute) || ".";
  const inputDir = path.resolve(cwd, options.inputDir);
  const loaded = await loadSiteData(path.join(inputDir, "_data"), displayPath);
  if (!loaded.data) return { data: undefined, issues: loaded.issues, articles: [], linkedImages: [] };
  const sectionSlugs = loaded.data.sections.map((section) => section.slug);
  const { articles, issues } = await loadArticleSources(path.join(inputDir, "articles"), sectionSlugs, displayPath, options);
  const buildTime = options.buildTime ?? resolveBuildTime(process.env.BUILD_NOW);
  const links = await bodyLinkIssues(articles, { data: loaded.data, inputDir, cwd, buildTime, preview: options.preview ?? false });
  return { data: loaded.data, issues: [...loaded.issues, ...issues, ...links.issues], articles, linkedImages: links.linkedImages };
}

/** Validation only, as `npm run check` does, plus whether each lead image's file exists. */
export async function checkContent(options: ReadContentOptions): Promise<ContentIssue[]> {
  const { issues, articles } = await readContent(options);
  const cwd = options.cwd ?? process.cwd();
  return [...issues, ...(await checkLeadImages(articles, { inputDir: path.resolve(cwd, options.inputDir), cwd }))];
}
