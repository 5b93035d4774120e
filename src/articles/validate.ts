import type { ZodIssue } from "zod";
import type { ContentIssue } from "./content-issue.ts";
import type { FrontMatter } from "./front-matter.ts";
import { ARTICLE_FIELDS, articleFrontMatterSchema, type ArticleFrontMatter } from "./schema.ts";
import { closestMatch } from "./suggest.ts";

// Articles never choose their output path: Eleventy would write `permalink: ../../x.html` outside the site.
const OUTPUT_PATH_KEYS = new Set(["permalink", "permalinkBypassOutputDir"]);

export function validateFrontMatter(
  file: string,
  frontMatter: FrontMatter,
  sectionSlugs: readonly string[],
): { value?: ArticleFrontMatter; issues: ContentIssue[] } {
  const lineOf = (field: string | undefined) => (field && frontMatter.keyLines.get(field)) || 1;
  const issue = (severity: ContentIssue["severity"], field: string, message: string): ContentIssue => ({
    severity,
    file,
    line: lineOf(field.split(".")[0]),
    field,
    message,
  });
  const issues = Object.keys(frontMatter.data).flatMap((key) => {
    if (ARTICLE_FIELDS.includes(key)) return [];
    if (OUTPUT_PATH_KEYS.has(key)) {
      return [issue("error", key, "cannot be set in an article (the URL is /<section>/<slug>/: use slug to change it)")];
    }
    const suggestion = closestMatch(key, ARTICLE_FIELDS);
    return [issue("warning", key, `is not a known field and is ignored${suggestion ? ` (did you mean ${suggestion}?)` : ""}`)];
  });

  const result = articleFrontMatterSchema.safeParse(frontMatter.data);
  if (!result.success) {
    issues.push(...result.error.issues.map((zodIssue) => issue("error", fieldName(zodIssue), zodIssue.message)));
  }
  // Checked on the raw value too, so that one run reports it alongside the schema's errors.
  const section = frontMatter.data.section;
  if (typeof section === "string" && section.trim() !== "" && !sectionSlugs.includes(section)) {
    const suggestion = closestMatch(section, sectionSlugs);
    const hint = suggestion ? `did you mean ${suggestion}? ` : "";
    issues.push(issue("error", "section", `"${section}" is not in sections.json (${hint}expected one of: ${sectionSlugs.join(", ")})`));
  }
  const names = typeof frontMatter.data.author === "string" ? commaSeparatedNames(frontMatter.data.author) : [];
  if (names.length > 1) {
    const count = COUNTS[names.length] ?? `${names.length}`;
    issues.push(issue("warning", "author", `looks like ${count} names (write [${names.join(", ")}] for ${count} authors)`));
  }
  const hasErrors = issues.some((entry) => entry.severity === "error");
  return hasErrors || !result.success ? { issues } : { value: result.data, issues };
}

function fieldName(zodIssue: ZodIssue): string {
  return zodIssue.path.length > 0 ? zodIssue.path.join(".") : "front matter";
}

const COUNTS: Record<number, string> = { 2: "two", 3: "three", 4: "four", 5: "five" };

/**
 * The names in one author text that a comma separates: `author: Maren Okafor, Tobias Lindqvist`
 * is one author (with one author page) to YAML, and rarely what the editor meant.
 */
function commaSeparatedNames(author: string): string[] {
  return author
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
}
