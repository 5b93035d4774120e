import path from "node:path";
import { fileURLToPath } from "node:url";
import { printWarnings } from "../articles/content-issue.ts";
import { resolveBuildTime } from "../articles/dates.ts";
import { makePageFolders } from "../build/page-folders.ts";
import { writePages, type WritePagesOptions } from "../build/write-pages.ts";
import { openBuildCache, type BuildCache, type BuildMode } from "../cache/build-cache.ts";
import { openPageCache } from "../cache/page-cache.ts";
import { editorEnabled, previewEditorData, writeAdmin } from "../editor/write-admin.ts";
import { copyGeneratedImages } from "../images/copy.ts";
import { writeSearchIndex } from "../search/write-index.ts";
import { contentFolderIgnores, refuseMisreadContentFolder, refuseEleventyDataFolder } from "../security/eleventy-guards.ts";
import { loadSite, type SiteModel } from "../site/load-site.ts";
import { developerPagesShowTime, outputValidUntil } from "../site/output-valid-until.ts";
import { noteValidity } from "../build/build-validity.ts";
import { keptInPlace, publishedFor } from "../build/published-output.ts";
import { BuildFolderError } from "../build/build-folders.ts";
import { buildTimeOrExit } from "../cli/build-time.ts";
import { preparePreviewFolder } from "../site/preview-folder.ts";
import { createPreviewSession, type PreviewSession } from "../site/preview-session.ts";
import { ASSETS_SOURCE } from "../site/site-urls.ts";
import { ASSETS_URL } from "../urls/urls.ts";
import { createPageFingerprinter } from "../pages/page-fingerprint.ts";
import { stageDone } from "../util/stage-times.ts";
import { textsInFile, type TextStore } from "../util/text-store.ts";
import developerPagesPlugin from "./developer-pages.ts";
import { DEFAULT_PAGES_DIR, pageFolderTexts } from "./page-templates.ts";
import type { EleventyConfig, EleventyDirectories } from "./eleventy-config.ts";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** How long a saved file keeps its size before the preview's watcher reports the save. */
export const WRITE_SETTLE_MS = 50;

export interface NewsroomOptions {
  /** Show drafts and scheduled articles with a banner. Defaults to on under `--serve`/`--watch`. */
  preview?: boolean;
  /**
   * The developer's own Eleventy templates (`.njk`, `.md`, `.11ty.js`), relative to the working
   * directory; never inside the content folder. Defaults to `pages`.
   */
  pagesDir?: string;
}

/**
 * Articles never pass through Eleventy as templates: before each build they are read, validated
 * and rendered by `loadSite`, and after Eleventy has copied the assets the pages are rendered and
 * written by `writePages`. Front matter therefore cannot set Eleventy keys (`permalink`,
 * `eleventyComputed`, JavaScript front matter), and files in the content folder never run as
 * templates. Eleventy runs the build, the watcher and the preview's dev server.
 */
export default function newsroomPlugin(eleventyConfig: EleventyConfig, options: NewsroomOptions = {}): void | Promise<void> {
  const runMode = process.env.ELEVENTY_RUN_MODE;
  const watching = runMode === "serve" || runMode === "watch";
  const preview = options.preview ?? (process.env.NEWSROOM_PREVIEW === "1" || watching);

  refuseMisreadContentFolder(eleventyConfig.directories.input);
  for (const glob of contentFolderIgnores(eleventyConfig.directories.input)) eleventyConfig.ignores.add(glob);
  // No `*.11tydata.js` in the project or in content folders runs.
  eleventyConfig.setDataFileSuffixes([]);
  eleventyConfig.on("eleventy.before", ({ directories }) => refuseEleventyDataFolder(directories.data));
  eleventyConfig.addWatchTarget(path.join(eleventyConfig.directories.input, "**/*.{md,json}"));
  // The build refuses symbolic links in the content folder; the watcher does not follow them either.
  // A save is reported once the file has kept its size for WRITE_SETTLE_MS: an editor or the web
  // editor writes a file in one go, and Eleventy's own 150 ms would be most of the preview's latency.
  eleventyConfig.setChokidarConfig({ followSymlinks: false, awaitWriteFinish: { stabilityThreshold: WRITE_SETTLE_MS, pollInterval: 10 } });
  eleventyConfig.addPassthroughCopy({ [ASSETS_SOURCE]: ASSETS_URL.slice(1, -1) });

  const pagesDir = options.pagesDir ?? DEFAULT_PAGES_DIR;
  // The one place that decides how builds run (build-cache.ts says what each mode does).
  const mode: BuildMode = watching ? "preview" : "once";
  const cacheOf = (contentDir: string) => openBuildCache({ env: process.env, projectRoot: PROJECT_ROOT, contentDir, mode });
  if (watching) return previewRebuilds(eleventyConfig, { preview, pagesDir, cacheOf });
  let loaded: SiteModel | undefined;
  let cache: BuildCache | undefined;
  let texts: TextStore | undefined;
  const developerPages = eleventyConfig.addPlugin(developerPagesPlugin, { pagesDir, model: () => loaded });
  let pageFolders: Promise<void> = Promise.resolve();
  eleventyConfig.on("eleventy.before", async ({ directories }) => {
    stageDone("start Eleventy");
    loaded = undefined;
    cache = cacheOf(directories.input);
    texts?.close();
    texts = textsInFile();
    const model = await loadSite({
      cache,
      texts,
      inputDir: directories.input,
      buildTime: resolveBuildTime(process.env.BUILD_NOW),
      preview,
      // An update in place makes only the folders of the pages it stages, as it writes them.
      onArticleUrls: (urls) => {
        if (!publishedFor(directories.output)) pageFolders = makePageFolders(directories.output, urls);
      },
    }).catch(async (error: unknown) => {
      // A failed build deletes its output folder: not while folders are still being made in it.
      await pageFolders;
      texts?.close();
      throw error;
    });
    printWarnings(model.issues);
    loaded = model;
  });

  // Eleventy has copied the assets by now; the pages are written by us, each as soon as it is rendered.
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    const model = loaded;
    loaded = undefined;
    if (!model) return;
    stageDone("Eleventy's templates (developer pages)");
    try {
      await pageFolders;
      const published = publishedFor(directories.output);
      await copyGeneratedImages(model.images, directories.output, { published: published && keptInPlace(published) });
      cache?.saveFileHashes();
      const pages = await pageCacheOf(model, cache);
      await writePages(model.pages, model.context, directories.output, { cache: pages, published });
      await pages?.pages.save();
      stageDone("render and write pages");
      await writeSearchIndex(await model.searchIndex, directories.output);
      stageDone("search index");
    } finally {
      // The pages that show articles' HTML are written, and the search text is on its worker.
      texts?.close();
    }
    if (editorEnabled(model.context)) await writeAdmin(directories.output, directories.input, model.context);
    // For buildSite, which records how long this output stays what a build would write.
    const showTime = developerPagesShowTime(pageFolderTexts(pagesDir));
    const { context, articles, sourceChange } = model;
    const validUntil = outputValidUntil({ context, articles, sourceChange, developerPagesShowTime: showTime });
    noteValidity(directories.output, { builtAt: context.buildTime, validUntil });
  });
  return developerPages;
}

/** The page cache of a build with its pages' fingerprints, or nothing when caching (or the pages store) is off. */
async function pageCacheOf(site: SiteModel, cache: BuildCache | undefined): Promise<WritePagesOptions["cache"]> {
  if (!cache?.has("pages")) return undefined;
  return { pages: await openPageCache(cache), printOf: createPageFingerprinter()(site.articles, site.context) };
}

/** Under `--serve`/`--watch`: after an edit only what changed is written. */
function previewRebuilds(
  eleventyConfig: EleventyConfig,
  { preview, pagesDir, cacheOf }: { preview: boolean; pagesDir: string; cacheOf: (contentDir: string) => BuildCache | undefined },
): void | Promise<void> {
  let session: PreviewSession | undefined;
  const developerPages = eleventyConfig.addPlugin(developerPagesPlugin, { pagesDir, model: () => session?.site });
  eleventyConfig.on("eleventy.beforeWatch", (files) => session?.filesChanged(files));
  eleventyConfig.on("eleventy.before", async ({ directories }) => {
    if (!session) await preparePreviewOutput(directories);
    session ??= createPreviewSession({
      inputDir: directories.input,
      outputDir: directories.output,
      buildTime: () => resolveBuildTime(process.env.BUILD_NOW),
      preview,
      cache: cacheOf(directories.input),
    });
    await session.prepare();
  });
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    await session?.write();
    const data = await previewEditorData(session?.site, directories.input);
    if (data && editorEnabled(data)) await writeAdmin(directories.output, directories.input, data);
  });
  return developerPages;
}

/** The preview cannot serve anything without its folder or its build time: one line and the server stops. */
async function preparePreviewOutput(directories: EleventyDirectories): Promise<void> {
  buildTimeOrExit();
  try {
    await preparePreviewFolder(directories.input, directories.output);
  } catch (error) {
    if (!(error instanceof BuildFolderError)) throw error;
    console.error(`[newsroom] Preview: ${error.message}`);
    process.exit(1);
  }
}
