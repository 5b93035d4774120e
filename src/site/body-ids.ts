import path from "node:path";
import type { ContentIssue } from "../articles/content-issue.ts";
import { bodyLineContaining } from "../images/source-lines.ts";
import { ARTICLE_PAGE_IDS } from "../markdown/page-ids.ts";

export interface IdConflicts {
  /** The article's file, relative to `cwd`. */
  file: string;
  ids: readonly string[];
}

/**
 * One error per id that an article's raw HTML would give its page twice: such a page is invalid
 * HTML, and its "Back to top", skip link or an editor's own anchor goes to the wrong element.
 */
export async function bodyIdIssues(articles: readonly IdConflicts[], cwd: string): Promise<ContentIssue[]> {
  const issues: ContentIssue[] = [];
  for (const { file, ids } of articles) {
    for (const id of ids) {
      const line = await bodyLineContaining(path.resolve(cwd, file), idAttribute(id));
      issues.push({ severity: "error", file, line, field: "body", message: idMessage(id) });
    }
  }
  return issues;
}

function idMessage(id: string): string {
  if (ARTICLE_PAGE_IDS.has(id)) {
    return `id "${id}" is one the article page itself uses (${[...ARTICLE_PAGE_IDS].join(", ")}); expected another id`;
  }
  return `id "${id}" is used more than once in the body, counting the ids subheadings get from their text; expected each id once`;
}

/** `id="x"`, `id='x'` or `id=x`, as an editor may have written it. */
function idAttribute(id: string): RegExp {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\w-])id\\s*=\\s*(["']?)${escaped}\\1(?=[\\s>/"']|$)`, "i");
}
