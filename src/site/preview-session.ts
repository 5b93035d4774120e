import type { FSWatcher } from "node:fs";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { printWarnings } from "../articles/content-issue.ts";
import type { BuildCache } from "../cache/build-cache.ts";
import { DerivedArticles } from "../articles/derived-articles.ts";
import { ArticleFileTexts } from "../articles/file-texts.ts";
import { ParsedArticles } from "../articles/load.ts";
import { escapeForTerminal } from "../articles/terminal-text.ts";
import { writePages } from "../build/write-pages.ts";
import { copyGeneratedImages } from "../images/copy.ts";
import type { GeneratedImage } from "../images/responsive.ts";
import type { Page } from "../pages/types.ts";
import type { SearchIndexFile } from "../search/search-index.ts";
import { writeSearchIndex } from "../search/write-index.ts";
import { createPageChangeTracker, removePageFiles } from "./changed-pages.ts";
import { articleLinkMemo } from "./internal-links.ts";
import { linkableUrls, pagesOfEditedArticles } from "./edited-articles.ts";
import { watchContentFolders } from "./content-watch.ts";
import { checkpoint, type SiteModel } from "./load-site.ts";
import { createPreviewLoader, type PreviewMemo } from "./preview-site.ts";

/**
 * How long the rest of the site waits after an edited article's page is written: long enough for
 * the reloading browser to fetch it first, since loading a large site keeps this process busy in
 * long stretches.
 */
export const SITE_REFRESH_DELAY_MS = 300;

export interface PreviewSessionOptions {
  /** The content folder, as Eleventy has it. */
  inputDir: string;
  outputDir: string;
  buildTime: () => Date;
  /** Show drafts and scheduled articles. */
  preview: boolean;
  /** The build cache, opened in the "preview" mode; none when caching is off. */
  cache?: BuildCache;
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
  /** The site as last loaded: what the developer's pages show. */
  readonly site: SiteModel | undefined;
}

/**
 * The preview server's rebuilds. After an edit to existing articles only their pages are made and
 * written, and the browser reloads; the whole site (listings, feeds, search) follows a moment later
 * and writes only the pages that changed. Anything else loads the whole site first.
 */
export function createPreviewSession(options: PreviewSessionOptions): PreviewSession {
  return new Session(options);
}

class Session implements PreviewSession {
  readonly #options: PreviewSessionOptions & { log: (line: string) => void; warn: (line: string) => void };
  readonly #cwd = process.cwd();
  readonly #memo: PreviewMemo = {
    parsed: new ParsedArticles(),
    derived: new DerivedArticles(),
    fileTexts: new ArticleFileTexts(),
    links: articleLinkMemo(),
  };
  readonly #load = createPreviewLoader(console.error, this.#memo);
  readonly #trackChanges = createPageChangeTracker();
  #last: SiteModel | undefined;
  #saved: readonly string[] = [];
  #pending: Update | undefined;
  #refresh = Promise.resolve();
  #stale = new AbortController();
  // Counts saves and rebuilds: a refresh that one of them made stale does not start over.
  #newerWork = 0;
  #contentWatch: Promise<FSWatcher[]> | undefined;
  #indexWrites = Promise.resolve();
  #indexUrls = new Set<string>();

  constructor(options: PreviewSessionOptions) {
    this.#options = { log: console.log, warn: console.warn, ...options };
  }

  get site(): SiteModel | undefined {
    return this.#last;
  }

  filesChanged(files: readonly string[]): void {
    this.#saved = [...this.#saved, ...files];
    this.#newerWork += 1;
    // A refresh still loading has read files older than these: the next one starts over.
    this.#stale.abort();
  }

  async prepare(): Promise<void> {
    this.#newerWork += 1;
    this.#stale.abort();
    await this.#refresh;
    const files = this.#saved;
    this.#saved = [];
    const last = this.#last;
    const inputDir = path.resolve(this.#cwd, this.#options.inputDir);
    const edited =
      last && (await pagesOfEditedArticles({ ...this.#memo, last, files, inputDir, cwd: this.#cwd, buildTime: this.#options.buildTime() }));
    this.#pending = edited ? { ...edited, partial: true } : await this.#loadSiteChanges();
  }

  async write(): Promise<void> {
    const update = this.#pending;
    this.#pending = undefined;
    if (!update || !this.#last) return;
    await this.#writeUpdate(update, this.#last.context);
    if (!update.partial) return;
    this.#refresh = this.#refreshSite().catch((error: Error) => console.error(`[newsroom] Preview: ${escapeForTerminal(error.message)}`));
  }

  async idle(): Promise<void> {
    await this.#refresh;
    await this.#indexWrites;
  }

  async #loadSiteChanges(signal?: AbortSignal): Promise<Update> {
    const { inputDir, buildTime, preview, outputDir, warn } = this.#options;
    const model = await this.#load({ inputDir, buildTime: buildTime(), preview, signal, cache: this.#options.cache });
    await checkpoint(signal);
    printWarnings(model.issues, warn);
    this.#last = model;
    // Worked out while the browser loads the pages, for the next save of an article.
    linkableUrls(model, path.resolve(this.#cwd, inputDir)).catch(() => {});
    const { changed, removed } = await this.#trackChanges(model.pages, model.articles, model.context, () => checkpoint(signal));
    await removePageFiles(removed, outputDir);
    return { pages: changed, images: model.images, searchIndex: model.searchIndex, partial: false };
  }

  async #writeUpdate(update: Update, context: SiteModel["context"]): Promise<void> {
    const { outputDir, log } = this.#options;
    await copyGeneratedImages(update.images, outputDir);
    const written = await writePages(update.pages, context, outputDir, { replaceExisting: true });
    log(
      `[newsroom] Wrote ${written} ${written === 1 ? "page" : "pages"} that changed${update.partial ? "; the rest of the site follows" : ""}`,
    );
    const { searchIndex } = update;
    if (!searchIndex) return;
    this.#indexWrites = this.#indexWrites
      .then(async () => this.#writeSearchIndex(await searchIndex))
      .catch((error: Error) => console.error(`Search index: ${escapeForTerminal(error.message)}`));
  }

  async #writeSearchIndex(files: readonly SearchIndexFile[]): Promise<void> {
    await writeSearchIndex(files, this.#options.outputDir);
    // Terms no article has any more would still be found (a build starts from an empty folder).
    const urls = new Set(files.map((file) => file.url));
    await removePageFiles(
      [...this.#indexUrls].filter((url) => !urls.has(url)),
      this.#options.outputDir,
    );
    this.#indexUrls = urls;
  }

  /** The whole site after an edited article's page, given up when a newer save makes it stale. */
  async #refreshSite(): Promise<void> {
    const startedAt = this.#newerWork;
    for (;;) {
      this.#stale = new AbortController();
      const { signal } = this.#stale;
      try {
        await this.#watchContent();
        // Given up at once when aborted: the rebuild of the next save waits for this refresh.
        await delay(SITE_REFRESH_DELAY_MS, undefined, { signal });
        const update = await this.#loadSiteChanges(signal);
        if (this.#last) await this.#writeUpdate(update, this.#last.context);
        return;
      } catch (error) {
        if (!signal.aborted) throw error;
        // Eleventy rebuilds after a save it reports; a file system event alone starts this one over.
        if (this.#newerWork !== startedAt) return;
      }
    }
  }

  /**
   * Eleventy reports a save once the file has stayed unchanged for a moment (WRITE_SETTLE_MS), timed
   * by timers that a busy refresh holds up for seconds; the file system's own event stops the refresh
   * at its next step.
   */
  #watchContent(): Promise<FSWatcher[]> {
    this.#contentWatch ??= watchContentFolders(path.resolve(this.#cwd, this.#options.inputDir), () => this.#stale.abort());
    return this.#contentWatch;
  }
}
