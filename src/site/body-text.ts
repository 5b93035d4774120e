import path from "node:path";
import type { Article } from "../articles/article.ts";
import { parseFrontMatter } from "../articles/front-matter.ts";
import { readArticleFileSync } from "../articles/load.ts";
import type { RenderedBody } from "../markdown/render.ts";

/**
 * Each article's body as plain text, by URL, made again from its file as the load made it: for
 * the search index when its worker runs out of memory, so that a build need not keep every
 * article's text until the worker is done. A file that can no longer be read gives none.
 */
export function bodyTextFromFiles(
  articles: readonly Article[],
  cwd: string,
  render: (markdown: string) => RenderedBody,
): Map<string, string> {
  const texts = new Map<string, string>();
  for (const article of articles) {
    texts.set(article.url, bodyOf(path.resolve(cwd, article.file), article.file, render));
  }
  return texts;
}

function bodyOf(absolute: string, file: string, render: (markdown: string) => RenderedBody): string {
  try {
    const source = readArticleFileSync(absolute);
    const body = typeof source === "string" ? parseFrontMatter(file, source).frontMatter?.body : undefined;
    return body === undefined ? "" : render(body).text;
  } catch {
    return "";
  }
}
