import path from "node:path";
import type { ContentIssue } from "../articles/content-issue.ts";
import { controlCharacterIssues } from "../articles/control-characters.ts";
import { parseFrontMatter } from "../articles/front-matter.ts";
import { readArticleFileSync, scanArticleFolder, SYMBOLIC_LINK } from "../articles/load.ts";
import { ownStrings } from "../articles/own-strings.ts";
import { slugFromFileName } from "../urls/slug.ts";
import { staticPageUrl } from "../urls/urls.ts";
import { closestMatch } from "../articles/suggest.ts";
import { refusal } from "../security/content-paths.ts";
import { PAGE_FIELDS, pageFrontMatterSchema, type PageSource } from "./schema.ts";

/** The content folder's own pages: Markdown files at any depth of `pages/`. */
export const PAGES_FOLDER = "pages";

/** Reads and validates every `pages/**\/*.md` of the content folder; symbolic links and odd files are refused as articles are. */
export async function loadPageSources(
  inputDir: string,
  displayPath: (absolute: string) => string,
): Promise<{ pages: PageSource[]; issues: ContentIssue[] }> {
  const folder = path.join(inputDir, PAGES_FOLDER);
  const { files, refused } = await scanArticleFolder(folder);
  const issues: ContentIssue[] = [];
  const pages: PageSource[] = [];
  for (const file of refused) issues.push(await refusedIssue(file, inputDir, displayPath));
  for (const file of files) {
    const source = readArticleFileSync(file);
    if (source === SYMBOLIC_LINK) {
      issues.push(await refusedIssue(file, inputDir, displayPath));
      continue;
    }
    const result = parsePage(displayPath(file), source);
    if (result.page) pages.push(result.page);
    issues.push(...result.issues);
  }
  return { pages, issues };
}

async function refusedIssue(file: string, inputDir: string, displayPath: (absolute: string) => string): Promise<ContentIssue> {
  const refused = await refusal(file, inputDir, displayPath(inputDir), "a Markdown file");
  return {
    severity: "error",
    file: displayPath(refused?.path ?? file),
    message: refused?.message ?? "is not a regular file (expected a Markdown file)",
  };
}

export function parsePage(file: string, source: string): { page?: PageSource; issues: ContentIssue[] } {
  const parsed = parseFrontMatter(file, source);
  if (!parsed.frontMatter) return { issues: parsed.issues };
  const { data, keyLines, body } = parsed.frontMatter;
  const issueAt = (severity: ContentIssue["severity"], field: string, message: string): ContentIssue => ({
    severity,
    file,
    line: keyLines.get(field.split(".")[0] ?? "") ?? 1,
    field,
    message,
  });
  const issues = Object.keys(data).flatMap((key) => {
    if (PAGE_FIELDS.includes(key)) return [];
    if (key === "permalink" || key === "permalinkBypassOutputDir")
      return [issueAt("error", key, "cannot be set in a page (the URL is /<slug>/: use slug to change it)")];
    const suggestion = closestMatch(key, PAGE_FIELDS);
    return [issueAt("warning", key, `is not a known field and is ignored${suggestion ? ` (did you mean ${suggestion}?)` : ""}`)];
  });
  const result = pageFrontMatterSchema.safeParse(data);
  if (!result.success)
    issues.push(...result.error.issues.map((zodIssue) => issueAt("error", zodIssue.path.join(".") || "front matter", zodIssue.message)));
  issues.push(...controlCharacterIssues(file, parsed.frontMatter));
  if (!result.success || issues.some((issue) => issue.severity === "error")) return { issues };
  const frontMatter = ownStrings(result.data);
  const slug = frontMatter.slug ?? slugFromFileName(file);
  if (slug === "") return { issues: [...issues, issueAt("error", "slug", "cannot be made from the file name (expected a slug field)")] };
  return { page: { ...frontMatter, file, slug, url: staticPageUrl(slug), body, slugLine: keyLines.get("slug") }, issues };
}
