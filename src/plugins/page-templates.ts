import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ContentError } from "../articles/content-issue.ts";
import { isInside } from "../urls/output-paths.ts";

/** The formats a developer page may have: each renders through Eleventy's own engine. */
export const PAGE_FORMATS = ["njk", "md", "11ty.js"] as const;

/** The developer pages folder, relative to the working directory, unless the plugin's `pagesDir` says otherwise. */
export const DEFAULT_PAGES_DIR = "pages";

/** Layouts and Nunjucks partials the developer pages share, inside the pages folder. */
export const PAGE_INCLUDES = "_includes";

export interface PageTemplate {
  /** The file in the pages folder, relative to the working directory: what errors name. */
  file: string;
  /** Where Eleventy sees it, relative to its input folder: its default permalink follows from it. */
  virtualPath: string;
  /** The file's text, or for `.11ty.js` the imported module, as Eleventy's JavaScript engine takes it. */
  content: unknown;
  data: Record<string, unknown>;
}

/**
 * The developer's pages are kept apart from the editors' content: a pages folder inside the content
 * folder would let any editor add a template, and one around it would make every article a template.
 * A pages folder that does not exist holds nothing to run, wherever it would be.
 */
export function refusePagesInsideContent(pagesDir: string, contentDir: string, cwd = process.cwd()): void {
  const pages = path.resolve(cwd, pagesDir);
  const content = path.resolve(cwd, contentDir);
  if (!existsSync(pages) || (pages !== content && !isInside(content, pages) && !isInside(pages, content))) return;
  const shown = (folder: string) => path.relative(cwd, folder) || ".";
  const message =
    `is the newsroom plugin's pagesDir and overlaps the content folder "${shown(content)}": developer pages are templates ` +
    "and content files never are (expected a folder beside the content folder, e.g. pages/)";
  throw new ContentError([{ severity: "error", file: shown(pages), message }]);
}

/** Every page and include in the pages folder, sorted so that the build never depends on listing order. */
export async function readPageTemplates(pagesDir: string, includesDir: string, cwd = process.cwd()): Promise<PageTemplate[]> {
  const root = path.resolve(cwd, pagesDir);
  if (!existsSync(root)) return [];
  const files = readdirSync(root, { recursive: true, encoding: "utf8" })
    .map((entry) => entry.split(path.sep).join("/"))
    .filter((entry) => PAGE_FORMATS.some((format) => entry.endsWith(`.${format}`)))
    .sort();
  return Promise.all(
    files.map(async (entry) => {
      const file = path.join(root, entry);
      const isInclude = entry.startsWith(`${PAGE_INCLUDES}/`);
      const virtualPath = isInclude ? path.posix.join(includesDir, entry.slice(PAGE_INCLUDES.length + 1)) : entry;
      return { file: path.relative(cwd, file), virtualPath, content: await contentOf(file), data: dataOf(entry) };
    }),
  );
}

async function contentOf(file: string): Promise<unknown> {
  if (!file.endsWith(".11ty.js")) return readFileSync(file, "utf8");
  // Node keeps a module for good once imported: the query makes an edited page a new module.
  return import(`${pathToFileURL(file).href}?mtime=${statSync(file).mtimeMs}`);
}

/** Markdown pages may use Nunjucks, whatever the project's `markdownTemplateEngine` says. */
function dataOf(entry: string): Record<string, unknown> {
  return entry.endsWith(".md") ? { templateEngineOverride: "njk,md" } : {};
}

/** The text of every file of the pages folder (templates, layouts, partials); none when there is no folder. */
export function pageFolderTexts(pagesDir: string, cwd = process.cwd()): string[] {
  const folder = path.resolve(cwd, pagesDir);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), "utf8"));
}
