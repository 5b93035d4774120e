import yaml from "js-yaml";
import { ContentError, type ContentIssue } from "../articles/content-issue.ts";
import type { PageTemplate } from "./page-templates.ts";

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const TEMPLATE_EXTENSION = /\.(?:njk|md|11ty\.js)$/;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/** The `layout` a page names in its YAML front matter, or in the `data` a `.11ty.js` page exports. */
function layoutOf(template: PageTemplate): unknown {
  if (typeof template.content !== "string") {
    const data = isRecord(template.content) ? template.content.data : undefined;
    return isRecord(data) ? data.layout : undefined;
  }
  const block = FRONT_MATTER.exec(template.content)?.[1];
  if (block === undefined) return undefined;
  const data = yaml.load(block);
  return isRecord(data) ? data.layout : undefined;
}

/**
 * Eleventy looks for a layout that is no virtual template in its includes folder, which is inside
 * the content folder: there an editor's file would run as the page's layout. A page may name only
 * the newsroom layout or a layout of the pages folder's `_includes/`.
 */
export function refuseLayoutsOutsidePages(templates: readonly PageTemplate[], layoutsDir: string, builtIn: readonly string[]): void {
  const known = new Set(builtIn);
  for (const { virtualPath } of templates) {
    if (!virtualPath.startsWith(`${layoutsDir}/`)) continue;
    const name = virtualPath.slice(layoutsDir.length + 1);
    known.add(name).add(name.replace(TEMPLATE_EXTENSION, ""));
  }
  const expected = [...known].map((name) => JSON.stringify(name)).join(", ");
  const problems = templates.flatMap((template): ContentIssue[] => {
    const layout = layoutOf(template);
    if (layout === undefined || layout === null || layout === false || (typeof layout === "string" && known.has(layout))) return [];
    const message = `${JSON.stringify(layout)} is not a layout of the pages folder's _includes/ (expected one of ${expected})`;
    return [{ severity: "error", file: template.file, field: "layout", message }];
  });
  if (problems.length > 0) throw new ContentError(problems);
}
