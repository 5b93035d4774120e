import { watch, type FSWatcher } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { formatIssue } from "../articles/content-issue.ts";
import { DerivedArticles } from "../articles/derived-articles.ts";
import { ArticleFileTexts } from "../articles/file-texts.ts";
import { ParsedArticles } from "../articles/load.ts";
import { writePages } from "../build/write-pages.ts";
import { copyGeneratedImages } from "../images/copy.ts";
import type { GeneratedImage } from "../images/responsive.ts";
import type { Page } from "../pages/types.ts";
import type { SearchIndexFile } from "../search/search-index.ts";
import { writeSearchIndex } from "../search/write-index.ts";
import { createPageChangeTracker, removePageFiles } from "./changed-pages.ts";
import { pagesOfEditedArticles } from "./edited-articles.ts";
import { checkpoint, type SiteModel } from "./load-site.ts";
import { createPreviewLoader } from "./preview-site.ts";

/**
 * How long the rest of the site waits after an edited article's page is written: long enough for
 * the reloading browser to fetch it first, since loading 10,000 articles keeps this process busy
 * in stretches of half a second.
 */
export const SITE_REFRESH_DELAY_MS = 300;

export interface PreviewSessionOptions {
  /** The content folder, as Eleventy has it. */
  inputDir: string;
  outputDir: string;
  buildTime: () => Date;
  /** Show drafts and scheduled articles. */
  preview: boolean;
  log?: (line: string) => void;
  warn?: (line: string) => void;
}

interface Update {
  pages: readonly Page[];
  images: readonly GeneratedImage[];
  searchIndex?: Promise<SearchIndexFile[]>;
  /** Only the edited articles' pages: the rest of the site is refreshed after them. */
  partial: boolean;
}

export interface PreviewSession {
  /** Eleventy's list of files saved since the last rebuild (`eleventy.beforeWatch`). */
  filesChanged(files: readonly string[]): void;
  /** Works out what to write (`eleventy.before`). */
  prepare(): Promise<void>;
  /** Writes it (`eleventy.after`); Eleventy reloads the browser once this returns. */
  write(): Promise<void>;
  /** Settles once the refresh after an edited article, and the search index writes, are done. */
  idle(): Promise<void>;
}

/**
 * The preview server's rebuilds. After an edit to existing articles only their pages are made and
 * written, and the browser reloads; the whole site (listings, feeds, search) follows a moment later
 * and writes only the pages that changed. Anything else loads the whole site first (issue #8).
 */
export function createPreviewSession(options: PreviewSessionOptions): PreviewSession {
  const cwd = process.cwd();
  const { log = console.log, warn = console.warn } = options;
  const memo = { parsed: new ParsedArticles(), derived: new DerivedArticles(), fileTexts: new ArticleFileTexts() };
  const load = createPreviewLoader(console.error, memo);
  const trackChanges = createPageChangeTracker();
  let last: SiteModel | undefined;
  let saved: readonly string[] = [];
  let pending: Update | undefined;
  let refresh = Promise.resolve();
  let stale = new AbortController();
  let indexWrites = Promise.resolve();
  let indexUrls = new Set<string>();

  const loadSiteChanges = async (signal?: AbortSignal): Promise<Update> => {
    const model = await load({ inputDir: options.inputDir, buildTime: options.buildTime(), preview: options.preview, signal });
    await checkpoint(signal);
    model.issues.filter((issue) => issue.severity === "warning").forEach((issue) => warn(formatIssue(issue)));
    last = model;
    const { changed, removed } = trackChanges(model.pages, model.articles, model.context);
    await removePageFiles(removed, options.outputDir);
    return { pages: changed, images: model.images, searchIndex: model.searchIndex, partial: false };
  };

  const writeUpdate = async (update: Update, context: SiteModel["context"]) => {
    await copyGeneratedImages(update.images, options.outputDir);
    const written = await writePages(update.pages, context, options.outputDir, { replaceExisting: true });
    log(`[newsroom] Wrote ${written} ${written === 1 ? "page" : "pages"} that changed${update.partial ? "; the rest of the site follows" : ""}`);
    const { searchIndex } = update;
    if (!searchIndex) return;
    indexWrites = indexWrites
      .then(async () => {
        const files = await searchIndex;
        await writeSearchIndex(files, options.outputDir);
        // Terms no article has any more would still be found (a build starts from an empty folder).
        const urls = new Set(files.map((file) => file.url));
        await removePageFiles([...indexUrls].filter((url) => !urls.has(url)), options.outputDir);
        indexUrls = urls;
      })
      .catch((error: Error) => console.error(`Search index: ${error.message}`));
  };

  // Eleventy reports a save only once the file has stayed unchanged for 150 ms, which a busy refresh
  // delays by seconds; the file system's own event lets the refresh give up at its next step.
  let contentWatchers: Promise<FSWatcher[]> | undefined;
  const watchContent = () => (contentWatchers ??= watchFolders(path.resolve(cwd, options.inputDir), () => stale.abort()));

  // Counts saves and rebuilds: a refresh that one of them made stale does not start over.
  let newerWork = 0;
  const refreshSite = async () => {
    const startedAt = newerWork;
    for (;;) {
      stale = new AbortController();
      const { signal } = stale;
      try {
        await watchContent();
        await new Promise((resolve) => setTimeout(resolve, SITE_REFRESH_DELAY_MS));
        signal.throwIfAborted();
        const update = await loadSiteChanges(signal);
        if (last) await writeUpdate(update, last.context);
        return;
      } catch (error) {
        if (!signal.aborted) throw error;
        // Eleventy rebuilds after a save it reports; a file system event alone starts this one over.
        if (newerWork !== startedAt) return;
      }
    }
  };

  return {
    filesChanged(files) {
      saved = [...saved, ...files];
      newerWork += 1;
      // A refresh still loading has read files older than these: the next one starts over.
      stale.abort();
    },
    async prepare() {
      newerWork += 1;
      stale.abort();
      await refresh;
      const files = saved;
      saved = [];
      const inputDir = path.resolve(cwd, options.inputDir);
      const edited = last && (await pagesOfEditedArticles({ last, files, inputDir, cwd, buildTime: options.buildTime(), ...memo }));
      pending = edited ? { ...edited, partial: true } : await loadSiteChanges();
    },
    async write() {
      const update = pending;
      pending = undefined;
      if (!update || !last) return;
      await writeUpdate(update, last.context);
      if (!update.partial) return;
      refresh = refreshSite().catch((error: Error) => console.error(`[newsroom] Preview: ${error.message}`));
    },
    async idle() {
      await refresh;
      await indexWrites;
    },
  };
}

/** Watches a folder and the folders inside it, each on its own: Node 20's recursive watch on Linux stats every file. */
async function watchFolders(root: string, changed: () => void): Promise<FSWatcher[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const folders = [root, ...entries.filter((entry) => entry.isDirectory()).map((entry) => path.join(entry.parentPath, entry.name))];
  // A folder removed while watched is no reason to stop the preview.
  // Only the files Eleventy watches: an editor's swap and backup files must not hold the refresh back.
  const watched = (file: string | null) => file !== null && /\.(md|json)$/.test(file);
  return folders.map((folder) => watch(folder, (_event, file) => watched(file) && changed()).on("error", () => {}).unref());
}
