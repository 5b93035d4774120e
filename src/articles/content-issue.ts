/** One problem in one content file, shaped as `file:LINE: field: what is wrong (what was expected)`. */
export interface ContentIssue {
  severity: "error" | "warning";
  file: string;
  line?: number;
  column?: number;
  field?: string;
  message: string;
}

export function formatIssue(issue: ContentIssue): string {
  const location = [issue.file, issue.line, issue.line !== undefined ? issue.column : undefined]
    .filter((part) => part !== undefined)
    .join(":");
  const prefix = issue.severity === "warning" ? "warning: " : "";
  return `${location}: ${prefix}${issue.field ? `${issue.field}: ` : ""}${issue.message}`;
}

/** Prints each warning as one line, as builds and the preview server do. */
export function printWarnings(issues: readonly ContentIssue[], print: (line: string) => void = console.warn): void {
  issues.filter((issue) => issue.severity === "warning").forEach((issue) => print(formatIssue(issue)));
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
