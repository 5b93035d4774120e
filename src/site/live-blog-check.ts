import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ContentIssue } from "../articles/content-issue.ts";
import type { ArticleSource } from "../articles/load.ts";
import { parseLiveBody } from "../articles/live-updates.ts";

/**
 * The update headings of every live blog (`type: live`), checked by `npm run check` and the build
 * alike: each must start with a time, inside the coverage window, and no two with the same time.
 * Lines are those of the article file. `HH:MM` times are in the site's time zone.
 */
export async function liveBlogIssues(articles: readonly ArticleSource[], cwd: string, timeZone = "UTC"): Promise<ContentIssue[]> {
  const live = articles.filter((article) => article.type === "live");
  const found = await Promise.all(
    live.map(async (article) => {
      const { problems } = parseLiveBody(article.body, article, timeZone);
      if (problems.length === 0) return [];
      const offset = await bodyOffset(path.resolve(cwd, article.file), article.body);
      return problems.map(
        (problem): ContentIssue => ({
          severity: "error",
          file: article.file,
          line: offset + problem.line + 1,
          field: "body",
          message: problem.message,
        }),
      );
    }),
  );
  return found.flat();
}

/** How many file lines come before the body, which is the end of the file after the front matter. */
async function bodyOffset(file: string, body: string): Promise<number> {
  const text = await readFile(file, "utf8").catch(() => "");
  return text.endsWith(body) ? text.slice(0, text.length - body.length).split("\n").length - 1 : 0;
}
