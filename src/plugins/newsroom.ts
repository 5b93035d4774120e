import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatIssue } from "../articles/content-issue.ts";
import { resolveBuildTime } from "../articles/dates.ts";
import { writePages } from "../build/write-pages.ts";
import { pageCacheForBuild } from "../cache/page-cache.ts";
import { copyGeneratedImages } from "../images/copy.ts";
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

interface EleventyDirectories {
  input: string;
  output: string;
  data: string;
}

/** Minimal view of Eleventy's config API: it ships no types. */
export interface EleventyConfig {
  directories: { input: string; output: string };
  ignores: { add(glob: string): void };
  addPassthroughCopy(mapping: Record<string, string>): void;
  addWatchTarget(target: string): void;
  addPlugin<T>(plugin: (config: EleventyConfig, options: T) => void, options?: T): void;
  setDataFileSuffixes(suffixes: string[]): void;
  on(event: "eleventy.before" | "eleventy.after", handler: (event: { directories: EleventyDirectories }) => void | Promise<void>): void;
}

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Articles never pass through Eleventy as templates: before each build they are read, validated
 * and rendered by `loadSite`, and after Eleventy has copied the assets the pages are rendered and
 * written by `writePages`. Front matter therefore cannot set Eleventy keys (`permalink`,
 * `eleventyComputed`, JavaScript front matter), and files in the content folder never run as
 * templates. Eleventy runs the build, the watcher and the preview's dev server.
 */
export default function newsroomPlugin(eleventyConfig: EleventyConfig, options: NewsroomOptions = {}): void {
  const runMode = process.env.ELEVENTY_RUN_MODE;
  const watching = runMode === "serve" || runMode === "watch";
  const preview = options.preview ?? (process.env.NEWSROOM_PREVIEW === "1" || watching);

  contentFolderIgnores(eleventyConfig.directories.input).forEach((glob) => eleventyConfig.ignores.add(glob));
  // No `*.11tydata.js` in the project or in content folders runs (issue #4).
  eleventyConfig.setDataFileSuffixes([]);
  eleventyConfig.on("eleventy.before", ({ directories }) => refuseEleventyDataFolder(directories.data));
  eleventyConfig.addWatchTarget(path.join(eleventyConfig.directories.input, "**/*.{md,json}"));
  eleventyConfig.addPassthroughCopy({ [path.join(PROJECT_ROOT, "layouts/assets")]: "assets" });

  const loadPreview = createPreviewLoader();
  const trackChanges = createPageChangeTracker();
  let loaded: { model: SiteModel; pages: readonly Page[] } | undefined;
  let previewIndexWrites = Promise.resolve();

  eleventyConfig.on("eleventy.before", async ({ directories }) => {
    loaded = undefined;
    const model = await (preview ? loadPreview : loadSite)({
      inputDir: directories.input,
      buildTime: resolveBuildTime(process.env.BUILD_NOW),
      preview,
    });
    model.issues.filter((issue) => issue.severity === "warning").forEach((issue) => console.warn(formatIssue(issue)));
    if (!watching) {
      loaded = { model, pages: model.pages };
      return;
    }
    // After an edit the preview server writes only the pages that show something different (issue #8).
    const { changed, removed } = trackChanges(model.pages, model.articles, model.context);
    await removePageFiles(removed, directories.output);
    loaded = { model, pages: changed };
  });

  // Eleventy has copied the assets by now; the pages are written by us, each as soon as it is rendered.
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    if (!loaded) return;
    const { model, pages } = loaded;
    loaded = undefined;
    await copyGeneratedImages(model.images, directories.output);
    if (!watching) {
      const cache = await pageCacheForBuild(model, directories.input);
      await writePages(pages, model.context, directories.output, { cache });
      await cache?.pages.save();
      return writeSearchIndex(await model.searchIndex, directories.output);
    }
    const written = await writePages(pages, model.context, directories.output, { replaceExisting: true });
    console.log(`[newsroom] Wrote ${written} ${written === 1 ? "page" : "pages"} that changed`);
    // The preview server reloads the browser once this returns; the index follows, in build order.
    previewIndexWrites = previewIndexWrites
      .then(async () => writeSearchIndex(await model.searchIndex, directories.output))
      .catch((error: Error) => console.error(`Search index: ${error.message}`));
  });
}
