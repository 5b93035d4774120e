import matter from "gray-matter";
import yaml from "js-yaml";
import { aliasExpansionIssues } from "./alias-expansion.ts";
import type { ContentIssue } from "./content-issue.ts";
import { colonInValue } from "./yaml-mistakes.ts";

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** 1-based file line of each top-level key, so errors can point at it. */
  keyLines: Map<string, number>;
  /** 1-based file line on which the body starts. */
  bodyLine: number;
}

// Eleventy merges these keys into its data cascade and prototype pollution follows.
const POLLUTING_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const OPENING_FENCE = /^---[ \t]*\r?\n/;
const OPENING_FENCE_WITH_LANGUAGE = /^---[ \t]*(\S[^\r\n]*)/;
// gray-matter would otherwise read the whole article as YAML.
const CLOSING_FENCE = /\r?\n---[ \t]*(?:\r?\n|$)/;

function refuseEngine(): never {
  throw new Error("only YAML front matter is accepted");
}

/** gray-matter runs `---js` blocks with full Node access unless every engine is replaced. */
const SAFE_ENGINES = Object.fromEntries(
  ["js", "javascript", "jsLegacy", "json", "coffee", "coffeescript", "cson", "toml"].map((name) => [name, refuseEngine]),
);

function parseYaml(text: string): object {
  // CORE_SCHEMA keeps dates as text: js-yaml would otherwise turn 2024-02-30 into 2 March.
  return (yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {}) as object;
}

export function parseFrontMatter(file: string, source: string): { frontMatter?: FrontMatter; issues: ContentIssue[] } {
  const error = (message: string, line = 1, column?: number): { issues: ContentIssue[] } => ({
    issues: [{ severity: "error", file, line, column, field: "front matter", message }],
  });
  const text = source.replace(/^\uFEFF/, "");
  const language = OPENING_FENCE_WITH_LANGUAGE.exec(text);
  if (language) return error(`"---${language[1]}" is not allowed (expected YAML front matter opened by a plain --- line)`);
  if (!OPENING_FENCE.test(text))
    return error("is missing (expected the file to start with a --- line, the fields, and a closing --- line)");
  if (!CLOSING_FENCE.test(text.replace(OPENING_FENCE, "\n"))) return error("is not closed (expected a --- line after the last field)");

  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, { language: "yaml", engines: { ...SAFE_ENGINES, yaml: parseYaml } });
  } catch (cause) {
    if (cause instanceof yaml.YAMLException) {
      const colon = colonInValue(text.split("\n")[yamlLine(cause.mark.line) - 1] ?? "");
      if (colon)
        return { issues: [{ severity: "error", file, line: yamlLine(cause.mark.line), field: colon.field, message: colon.message }] };
      return error(`is not valid YAML: ${cause.reason} (expected "field: value" lines)`, yamlLine(cause.mark.line), cause.mark.column + 1);
    }
    if (cause instanceof RangeError) return error("is nested too deeply (expected plain fields)");
    throw cause;
  }
  if (typeof parsed.data !== "object" || parsed.data === null || Array.isArray(parsed.data)) {
    return error('is not a set of fields (expected "field: value" lines)', 2);
  }
  const keyLines = findKeyLines(parsed.matter);
  const expanded = aliasExpansionIssues(file, parsed.data as Record<string, unknown>, keyLines);
  if (expanded.length > 0) return { issues: expanded };
  const issues = findPollutingKeys(parsed.data).map<ContentIssue>((key) => ({
    severity: "error",
    file,
    line: keyLines.get(key.topLevel) ?? 1,
    field: key.path,
    message: "is a reserved name (expected ordinary field names)",
  }));
  if (issues.length > 0) return { issues };
  // gray-matter's content is the end of the text, after the closing fence.
  const bodyLine = lineCount(text.slice(0, text.length - parsed.content.length));
  return { frontMatter: { data: parsed.data as Record<string, unknown>, body: parsed.content, keyLines, bodyLine }, issues };
}

function lineCount(text: string): number {
  let lines = 1;
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) lines += 1;
  return lines;
}

/**
 * gray-matter's `matter` text starts with the newline that ends the opening fence, so its
 * 0-based line index is the file's 1-based line number.
 */
function yamlLine(matterLineIndex: number): number {
  return matterLineIndex + 1;
}

function findKeyLines(frontMatterText: string): Map<string, number> {
  const lines = new Map<string, number>();
  frontMatterText.split(/\r?\n/).forEach((line, index) => {
    const key = /^(?:"([^"]+)"|'([^']+)'|([^\s#:'"-][^:]*?))\s*:(?:\s|$)/.exec(line);
    const name = key?.[1] ?? key?.[2] ?? key?.[3];
    if (name !== undefined && !lines.has(name)) lines.set(name, yamlLine(index));
  });
  return lines;
}

function findPollutingKeys(data: object): { topLevel: string; path: string }[] {
  const found: { topLevel: string; path: string }[] = [];
  const visited = new Set<object>();
  const walk = (value: unknown, path: string[]): void => {
    if (typeof value !== "object" || value === null || visited.has(value)) return;
    visited.add(value);
    for (const key of Object.getOwnPropertyNames(value)) {
      const keyPath = [...path, key];
      if (POLLUTING_KEYS.has(key)) found.push({ topLevel: keyPath[0] ?? key, path: keyPath.join(".") });
      else walk((value as Record<string, unknown>)[key], keyPath);
    }
  };
  walk(data, []);
  return found;
}
