import path from "node:path";
import type { ContentIssue } from "../articles/content-issue.ts";
import { loadArticleSources, type ArticleReading, type ArticleSource } from "../articles/load.ts";
import { loadSiteData, type SiteData } from "./load-data.ts";

export interface ReadContentOptions extends ArticleReading {
  inputDir: string;
  /** Paths in messages are relative to this folder. */
  cwd?: string;
}

/**
 * Reads and validates the data files and every article, rendering nothing. Kept apart from
 * `load-site.ts` so that `npm run check` does not load the layouts and image tools.
 */
export async function readContent(options: ReadContentOptions): Promise<{ data?: SiteData; issues: ContentIssue[]; articles: ArticleSource[] }> {
  const cwd = options.cwd ?? process.cwd();
  const displayPath = (absolute: string) => path.relative(cwd, absolute) || ".";
  const inputDir = path.resolve(cwd, options.inputDir);
  const loaded = await loadSiteData(path.join(inputDir, "_data"), displayPath);
  if (!loaded.data) return { data: undefined, issues: loaded.issues, articles: [] };
  const sectionSlugs = loaded.data.sections.map((section) => section.slug);
  const { articles, issues } = await loadArticleSources(path.join(inputDir, "articles"), sectionSlugs, displayPath, options);
  return { data: loaded.data, issues: [...loaded.issues, ...issues], articles };
}
