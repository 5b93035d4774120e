import { lstat, readdir } from "node:fs/promises";
import path from "node:path";
import type { ContentIssue } from "./content-issue.ts";
import { NotRegularFile, readRegularFile, readRegularFileSync, refusal } from "../security/content-paths.ts";
import { controlCharacterIssues } from "./control-characters.ts";
import { mapConcurrently } from "../util/map-concurrently.ts";
import { ownString, ownStrings } from "./own-strings.ts";
import { parseFrontMatter } from "./front-matter.ts";
import type { ArticleFrontMatter } from "./schema.ts";
import { slugFromFileName } from "../urls/slug.ts";
import { articleUrl } from "../urls/urls.ts";
import { validateFrontMatter } from "./validate.ts";
import { textHash, type StoredText, type TextStore } from "../util/text-store.ts";
import type { ThreadPool } from "../util/thread-pool.ts";
import { PARSE_TASK } from "./parse-task.ts";
import { withStoredBody } from "./stored-bodies.ts";

export interface ArticleSource extends ArticleFrontMatter {
  /** Path as editors see it, relative to the working directory. */
  file: string;
  slug: string;
  url: string;
  body: string;
}

/** The Markdown files under `articles/`, and what there is refused: symbolic links, and `.md` names that are not regular files. */
export async function scanArticleFolder(articlesDir: string): Promise<{ files: string[]; refused: string[] }> {
  const top = await lstat(articlesDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  if (!top) return { files: [], refused: [] };
  if (!top.isDirectory()) return { files: [], refused: [articlesDir] };
  // With file types, the recursive listing does not follow symbolic links to folders, which would
  // read other places of the machine or loop for ever.
  const entries = await readdir(articlesDir, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  const refused: string[] = [];
  for (const entry of entries) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isSymbolicLink()) refused.push(file);
    else if (entry.name.endsWith(".md")) (entry.isFile() ? files : refused).push(file);
  }
  // Sorted so that the build never depends on the order the file system lists files in.
  return { files: files.sort(), refused: refused.sort() };
}

export async function findArticleFiles(articlesDir: string): Promise<string[]> {
  return (await scanArticleFolder(articlesDir)).files;
}

export function parseArticle(
  file: string,
  source: string,
  sectionSlugs: readonly string[],
): { article?: ArticleSource; issues: ContentIssue[]; slugLine?: number; bodyHash?: string } {
  const parsed = parseFrontMatter(file, source);
  if (!parsed.frontMatter) return { issues: parsed.issues };
  const validated = validateFrontMatter(file, parsed.frontMatter, sectionSlugs);
  const invisible = controlCharacterIssues(file, parsed.frontMatter);
  if (!validated.value || invisible.length > 0) return { issues: [...validated.issues, ...invisible] };
  const frontMatter = ownStrings(validated.value);
  const slug = frontMatter.slug ?? slugFromFileName(file);
  if (slug === "") {
    return {
      issues: [{ severity: "error", file, line: 1, field: "slug", message: "cannot be made from the file name (expected a slug field)" }],
    };
  }
  const article = { ...frontMatter, file, slug, url: ownString(articleUrl(frontMatter.section, slug)), body: parsed.frontMatter.body };
  // Hashed here, on the parsing thread, for the text store and the parse cache.
  const bodyHash = textHash(article.body);
  return { article, issues: validated.issues, slugLine: parsed.frontMatter.keyLines.get("slug"), bodyHash };
}

/** Names every file of each clash; `slugLines` points at a file's `slug` field when it has one. */
export function findDuplicateUrls(
  articles: readonly ArticleSource[],
  slugLines: ReadonlyMap<ArticleSource, number> = new Map(),
): ContentIssue[] {
  const byUrl = new Map<string, ArticleSource[]>();
  for (const article of articles) byUrl.set(article.url, [...(byUrl.get(article.url) ?? []), article]);
  return [...byUrl.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((article) => ({
        severity: "error" as const,
        file: article.file,
        line: slugLines.get(article) ?? 1,
        field: "slug",
        message: `gives the URL ${article.url}, which ${group
          .filter((other) => other !== article)
          .map((other) => other.file)
          .join(" and ")} also has (expected a unique slug: set slug or rename the file)`,
      })),
    );
}

/** What a reader returns for a symbolic link or anything else that is not a regular file. */
export const SYMBOLIC_LINK = Symbol("symbolic link");

/** A symlinked article would publish whatever file it points at; a named pipe would block the build. */
function symbolicLinkOr(error: unknown): typeof SYMBOLIC_LINK {
  if ((error as NodeJS.ErrnoException).code === "ELOOP" || error instanceof NotRegularFile) return SYMBOLIC_LINK;
  throw error;
}

export async function readArticleFile(file: string): Promise<string | typeof SYMBOLIC_LINK> {
  return readRegularFile(file).catch(symbolicLinkOr);
}

/**
 * For a build, which has nothing else to do meanwhile: reading the files one after the other
 * synchronously is faster than many at a time through promises.
 */
export function readArticleFileSync(file: string): string | typeof SYMBOLIC_LINK {
  try {
    return readRegularFileSync(file);
  } catch (error) {
    return symbolicLinkOr(error);
  }
}

/** The error for a path under `articles/` that is not read: a link (above it or itself), a folder or a special file. */
async function refusedArticle(file: string, articlesDir: string, displayPath: (absolute: string) => string): Promise<ContentIssue> {
  const inputDir = path.dirname(articlesDir);
  const refused = await refusal(file, inputDir, displayPath(inputDir), "a Markdown file");
  return {
    severity: "error",
    file: displayPath(refused?.path ?? file),
    message: refused?.message ?? "is not a regular file (expected a Markdown file)",
  };
}

export type ParseResult = ReturnType<typeof parseArticle>;

/** Files parsed ahead at a time (see loadArticleSources). */
const PARSE_PART = 2_000;

/** A valid article known without reading its file (`ParseCache`): its body stays there until asked for. */
export interface KnownArticle {
  result: ParseResult & { article: ArticleSource };
  body: StoredText | string;
  bodyLength: number;
}

/** Parses and validates an article file, possibly remembering results (ParsedArticles, ParseCache). */
export interface ArticleParser {
  /** `made` is this file's result already made on another thread, to be used instead of parsing. */
  parse(file: string, source: string, sectionSlugs: readonly string[], made?: ParseResult): ParseResult;
  /** Whether `parse` would answer without parsing: such files are not parsed ahead. */
  has?(file: string, source: string, sectionSlugs: readonly string[]): boolean;
  /** The valid article of an unchanged file, known without reading it (`ParseCache`). */
  known?(absolute: string, file: string, sectionSlugs: readonly string[]): KnownArticle | undefined;
}

/**
 * The last parse of each file, for a process that loads the same content again and again (the
 * preview server): a file whose text is unchanged is not parsed and validated again.
 */
export class ParsedArticles implements ArticleParser {
  #sections = "";
  readonly #results = new Map<string, { source: string; result: ParseResult }>();

  parse(file: string, source: string, sectionSlugs: readonly string[], made?: ParseResult): ParseResult {
    // Validation depends on the sections: other sections, other results.
    const sections = sectionSlugs.join("\n");
    if (sections !== this.#sections) {
      this.#results.clear();
      this.#sections = sections;
    }
    const last = this.#results.get(file);
    if (last?.source === source) return last.result;
    const result = made ?? parseArticle(file, source, sectionSlugs);
    this.#results.set(file, { source, result });
    return result;
  }
}

export interface ArticleReading {
  /** Remembers earlier parses: the preview server's memo, or the build's persistent cache. */
  parsed?: ArticleParser;
  /** Reads article files instead of reading each one afresh: the preview's `ArticleFileTexts`. */
  fileTexts?: { read(file: string): Promise<string | typeof SYMBOLIC_LINK> };
  /** The build's threads, to parse a large site's files on every core. */
  pool?: ThreadPool;
  /**
   * Where a one-off build keeps the articles' Markdown until it is rendered, and their HTML until
   * their pages are written (a large build's lives in a file, `textsInFile`); in memory when absent. The caller closes it
   * once the pages are written.
   */
  texts?: TextStore;
}

export async function loadArticleSources(
  articlesDir: string,
  sectionSlugs: readonly string[],
  displayPath: (absolute: string) => string,
  { parsed, fileTexts, pool, texts }: ArticleReading = {},
): Promise<LoadedArticles> {
  const { files, refused } = await scanArticleFolder(articlesDir);
  let characters = 0;
  const articles: ArticleSource[] = [];
  const unread: Promise<ContentIssue>[] = [];
  const parseIssues: ContentIssue[] = [];
  const slugLines = new Map<ArticleSource, number>();
  const shown = files.map(displayPath);
  // Read and parsed in parts, each file's text let go once parsed: a body parsed on another thread
  // is a copy, and holding every text (or every text beside every copy) would set a large site's peak.
  for (let start = 0; start < files.length; start += PARSE_PART) {
    const part = files.slice(start, start + PARSE_PART);
    // Only a one-off build keeps bodies in a store, and only its cache knows files without reading them.
    const known = texts ? part.map((file, index) => parsed?.known?.(file, shown[start + index] as string, sectionSlugs)) : [];
    const sources: (string | typeof SYMBOLIC_LINK | undefined)[] = fileTexts
      ? await mapConcurrently(part, 64, (file) => fileTexts.read(file))
      : part.map((file, index) => (known[index] ? undefined : readArticleFileSync(file)));
    const made = await parseAhead(shown.slice(start, start + PARSE_PART), sources, sectionSlugs, { parsed, pool });
    for (const [index, source] of sources.entries()) {
      sources[index] = undefined;
      if (source === SYMBOLIC_LINK) {
        unread.push(refusedArticle(part[index] as string, articlesDir, displayPath));
        continue;
      }
      const file = shown[start + index] as string;
      const hit = known[index];
      const result =
        hit?.result ??
        (parsed
          ? parsed.parse(file, source ?? "", sectionSlugs, made.get(index))
          : (made.get(index) ?? parseArticle(file, source ?? "", sectionSlugs)));
      const { article } = result;
      if (article) {
        // A known article's body is still in its file: its length and place come from the cache.
        characters += articleCharacters(article, hit?.bodyLength ?? article.body.length);
        articles.push(texts ? withStoredBody(article, texts, hit?.body ?? texts.put(article.body, result.bodyHash)) : article);
      }
      if (result.article && result.slugLine !== undefined) slugLines.set(result.article, result.slugLine);
      parseIssues.push(...result.issues);
    }
  }
  const issues = await Promise.all(refused.map((file) => refusedArticle(file, articlesDir, displayPath)));
  issues.push(...(await Promise.all(unread)), ...parseIssues, ...findDuplicateUrls(articles, slugLines));
  return { articles, issues, characters };
}

export interface LoadedArticles {
  articles: ArticleSource[];
  issues: ContentIssue[];
  /**
   * About how many characters of text the articles hold, counted while each body is at hand: a
   * stored body would otherwise be read back for its length alone.
   */
  characters: number;
}

/** Headline, summary (also the description) and Markdown: a little more than the text they render to. */
function articleCharacters(article: ArticleSource, bodyLength: number): number {
  return article.title.length + (article.summary?.length ?? 0) * 2 + bodyLength;
}

/** The results of the files `parsed` does not hold, made on the build's threads, by index in `sources`. */
async function parseAhead(
  files: readonly string[],
  sources: readonly (string | typeof SYMBOLIC_LINK | undefined)[],
  sectionSlugs: readonly string[],
  { parsed, pool }: ArticleReading,
): Promise<Map<number, ParseResult>> {
  if (!pool) return new Map();
  const indexes: number[] = [];
  for (const [index, source] of sources.entries()) {
    if (typeof source === "string" && !parsed?.has?.(files[index] as string, source, sectionSlugs)) indexes.push(index);
  }
  const items = indexes.map((index) => ({ file: files[index] as string, source: sources[index] as string }));
  const results = await pool.map(PARSE_TASK, items, { sectionSlugs });
  return new Map(indexes.map((index, position) => [index, results[position] as ParseResult]));
}
