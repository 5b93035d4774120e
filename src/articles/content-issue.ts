import { escapeForTerminal } from "./terminal-text.ts";

/** One problem in one content file, shaped as `file:LINE: field: what is wrong (what was expected)`. */
export interface ContentIssue {
  severity: "error" | "warning";
  file: string;
  line?: number;
  column?: number;
  field?: string;
  message: string;
}

/** File names, fields and messages come from content: control characters in them are shown escaped, never sent raw to a terminal. */
export function formatIssue(issue: ContentIssue): string {
  const location = [escapeForTerminal(issue.file), issue.line, issue.line !== undefined ? issue.column : undefined]
    .filter((part) => part !== undefined)
    .join(":");
  const prefix = issue.severity === "warning" ? "warning: " : "";
  return `${location}: ${prefix}${issue.field ? `${escapeForTerminal(issue.field)}: ` : ""}${escapeForTerminal(issue.message)}`;
}

/**
 * By file, then line, so that editors can work down each file; issues on the same line keep their
 * order. A problem of the whole file (no line) comes first.
 */
export function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  // Code-point order, not the locale's: the output must not depend on the machine.
  return [...issues].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
}

/** Prints each warning as one line, as builds and the preview server do. */
export function printWarnings(issues: readonly ContentIssue[], print: (line: string) => void = console.warn): void {
  issues
    .filter((issue) => issue.severity === "warning")
    .forEach((issue) => {
      print(formatIssue(issue));
    });
}

/** Thrown when content is invalid; carries every issue so that editors see them all in one run. */
export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    const errors = issues.filter((issue) => issue.severity === "error");
    super(`${errors.length} content ${errors.length === 1 ? "error" : "errors"}:\n${errors.map(formatIssue).join("\n")}`);
    this.name = "ContentError";
    this.issues = issues;
  }
}

/** Eleventy wraps errors thrown from data and templates; find ours in the chain. */
export function findContentError(error: unknown): ContentError | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    if (current instanceof ContentError) return current;
    seen.add(current);
    const wrapped = current as { originalError?: unknown; cause?: unknown };
    current = wrapped.originalError ?? wrapped.cause;
  }
  return undefined;
}
