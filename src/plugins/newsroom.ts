import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatIssue } from "../articles/content-issue.ts";
import { resolveBuildTime } from "../articles/dates.ts";
import { assertSafeUrl } from "../build/output-paths.ts";
import { copyGeneratedImages } from "../images/copy.ts";
import { renderPage } from "../pages/render.tsx";
import type { SearchIndexFile } from "../search/search-index.ts";
import { writeSearchIndex } from "../search/write-index.ts";
import { contentFolderIgnores, refuseEleventyDataFolder } from "../security/eleventy-guards.ts";
import type { Page } from "../pages/types.ts";
import { loadSite, type SiteModel } from "../site/load-site.ts";
import { createPageChangeTracker, removePageFiles } from "../site/changed-pages.ts";
import { createPreviewLoader } from "../site/preview-site.ts";

export interface NewsroomOptions {
  /** Show drafts and scheduled articles with a banner. Defaults to on under `--serve`/`--watch`. */
  preview?: boolean;
}

/** Minimal view of Eleventy's config API: it ships no types. */
export interface EleventyConfig {
  directories: { input: string; output: string };
  ignores: { add(glob: string): void };
  addGlobalData(name: string, value: () => Promise<unknown>): void;
  addTemplate(virtualPath: string, content: unknown, data?: unknown): void;
  addPassthroughCopy(mapping: Record<string, string>): void;
  addWatchTarget(target: string): void;
  addPlugin<T>(plugin: (config: EleventyConfig, options: T) => void, options?: T): void;
  setDataFileSuffixes(suffixes: string[]): void;
  on(event: "eleventy.before", handler: (event: { directories: { data: string } }) => void): void;
  on(event: "eleventy.after", handler: (event: { directories: { output: string } }) => Promise<void>): void;
}

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const GLOBAL_DATA_KEY = "newsroom";

/**
 * Articles never pass through Eleventy as templates: they are read, validated and rendered by
 * `loadSite`, and one virtual template paginates over the resulting pages. Front matter therefore
 * cannot set Eleventy keys (`permalink`, `eleventyComputed`, JavaScript front matter), and files
 * in the content folder never run as templates.
 */
export default function newsroomPlugin(eleventyConfig: EleventyConfig, options: NewsroomOptions = {}): void {
  const runMode = process.env.ELEVENTY_RUN_MODE;
  const watching = runMode === "serve" || runMode === "watch";
  const preview = options.preview ?? (process.env.NEWSROOM_PREVIEW === "1" || watching);

  contentFolderIgnores(eleventyConfig.directories.input).forEach((glob) => eleventyConfig.ignores.add(glob));
  // No `*.11tydata.js` beside the virtual template or in content folders runs (issue #4).
  eleventyConfig.setDataFileSuffixes([]);
  eleventyConfig.on("eleventy.before", ({ directories }) => refuseEleventyDataFolder(directories.data));
  eleventyConfig.addWatchTarget(path.join(eleventyConfig.directories.input, "**/*.{md,json}"));
  eleventyConfig.addPassthroughCopy({ [path.join(PROJECT_ROOT, "layouts/assets")]: "assets" });

  const loadPreview = createPreviewLoader();
  let searchIndex: Promise<SearchIndexFile[]> = Promise.resolve([]);
  let previewIndexWrites = Promise.resolve();
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    const pending = searchIndex;
    if (!watching) return writeSearchIndex(await pending, directories.output);
    // The preview server reloads the browser as soon as the pages are written; the index follows, in build order.
    previewIndexWrites = previewIndexWrites
      .then(async () => writeSearchIndex(await pending, directories.output))
      .catch((error: Error) => console.error(`Search index: ${error.message}`));
  });
  const trackChanges = createPageChangeTracker();
  eleventyConfig.addGlobalData(GLOBAL_DATA_KEY, async (): Promise<SiteModel> => {
    const model = await (preview ? loadPreview : loadSite)({
      inputDir: eleventyConfig.directories.input,
      buildTime: resolveBuildTime(process.env.BUILD_NOW),
      preview,
    });
    model.issues.filter((issue) => issue.severity === "warning").forEach((issue) => console.warn(formatIssue(issue)));
    await copyGeneratedImages(model.images, eleventyConfig.directories.output);
    searchIndex = model.searchIndex;
    if (!watching) return model;
    // After an edit the preview server writes only the pages that show something different (issue #8).
    const { changed, removed } = trackChanges(model.pages, model.articles, model.context);
    await removePageFiles(removed, eleventyConfig.directories.output);
    return { ...model, pages: changed };
  });

  eleventyConfig.addTemplate("newsroom-pages.11ty.js", {
    data: {
      pagination: { data: `${GLOBAL_DATA_KEY}.pages`, size: 1, alias: "entry" },
      permalink: (data: { entry: Page }) => assertSafeUrl(data.entry.url),
      eleventyExcludeFromCollections: true,
    },
    render: (data: { entry: Page; newsroom: SiteModel }) => renderPage(data.entry, data.newsroom.context),
  });
}
