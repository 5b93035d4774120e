import path from "node:path";
import type { z, ZodIssue } from "zod";
import type { ContentIssue } from "../articles/content-issue.ts";
import { refusal, readRegularFileSync } from "../security/content-paths.ts";
import { MAX_NESTING, tooDeeplyNested } from "../security/nesting-depth.ts";
import { controlCharacterMessage, controlCharactersIn } from "../articles/control-characters.ts";
import type { Brand } from "../theme/brand.ts";
import { navigationSchema, type Navigation } from "../navigation/schema.ts";
import { jsonSyntaxError } from "./json-errors.ts";
import { authorsSchema, sectionsSchema, siteSchema, type AuthorProfile, type Section, type Site } from "./schema.ts";

const JSON_EXPECTED = 'expected JSON: names and text in "double quotes", a comma between entries and none after the last';

export interface SiteData {
  site: Site;
  sections: Section[];
  authors: AuthorProfile[];
  /** The logo, favicon, theme and custom stylesheet, once their files are checked (`readContent`). */
  brand?: Brand;
  /** `_data/navigation.json`: header links and footer groups; empty without the file. */
  navigation?: Navigation;
}

/** Reads the editors' JSON data files. JSON only: `_data/*.js` would run code at build time. */
export async function loadSiteData(
  dataDir: string,
  displayPath: (absolute: string) => string,
): Promise<{ data?: SiteData; issues: ContentIssue[] }> {
  const issues: ContentIssue[] = [];
  const read = async <T extends z.ZodTypeAny>(name: string, schema: T, required: boolean): Promise<z.output<T> | undefined> => {
    const absolute = path.join(dataDir, name);
    const file = displayPath(absolute);
    const refused = await refusal(absolute, path.dirname(dataDir), displayPath(path.dirname(dataDir)), "a JSON file");
    if (refused) {
      issues.push({ severity: "error", file: displayPath(refused.path), message: refused.message });
      return undefined;
    }
    let text: string;
    try {
      text = readRegularFileSync(absolute);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      if (!required) return schema.parse(undefined);
      issues.push({ severity: "error", file, message: `is missing (expected ${name} in ${displayPath(dataDir)})` });
      return undefined;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      const { line, column, message } = jsonSyntaxError(text, error as Error);
      issues.push({ severity: "error", file, line, column, message: `is not valid JSON: ${message} (${JSON_EXPECTED})` });
      return undefined;
    }
    const deep = tooDeeplyNested(json);
    if (deep !== undefined) {
      issues.push({
        severity: "error",
        file,
        field: deep || name,
        message: `is nested more than ${MAX_NESTING} levels deep (expected plain values)`,
      });
      return undefined;
    }
    const invisible = controlCharactersIn(json);
    for (const { field, character } of invisible)
      issues.push({ severity: "error", file, field: field || name, message: controlCharacterMessage(character) });
    if (invisible.length > 0) return undefined;
    const result = schema.safeParse(json);
    if (result.success) return result.data;
    for (const zodIssue of mostSpecificIssues(result.error.issues)) {
      issues.push({ severity: "error", file, field: zodIssue.path.join(".") || name, message: zodIssue.message });
    }
    return undefined;
  };
  // One after another, so that their issues come in the same order on every run.
  const site = await read("site.json", siteSchema, true);
  const sections = await read("sections.json", sectionsSchema, true);
  const authors = await read("authors.json", authorsSchema, false);
  const navigation = await read("navigation.json", navigationSchema, false);
  if (!site || !sections || !authors || !navigation) return { issues };
  return { data: { site, sections, authors, navigation }, issues };
}

/**
 * One message per problem: a value can fail a general check and a more specific one (`url` is not
 * a URL and does not start with https://), which say the same thing twice. Our own messages
 * (`custom`) are the specific ones and say what was expected, so a field that has one loses zod's.
 */
export function mostSpecificIssues(issues: readonly ZodIssue[]): ZodIssue[] {
  const byField = new Map<string, ZodIssue[]>();
  for (const issue of issues) {
    const key = JSON.stringify(issue.path);
    byField.set(key, [...(byField.get(key) ?? []), issue]);
  }
  return [...byField.values()].flatMap((group) => {
    const own = group.filter((issue) => issue.code === "custom");
    return own.length > 0 ? own : group;
  });
}
