import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ContentIssue } from "../articles/content-issue.ts";
import { parseFrontMatter } from "../articles/front-matter.ts";
import type { ArticleSource } from "../articles/load.ts";
import { publicationStatus } from "../articles/status.ts";
import type { BodyLinkContext } from "./body-link-check.ts";
import { siteUrls } from "./site-urls.ts";

const EXPECTED = "expected an old URL that no page of this site has";

/**
 * An alias must be free: not a page the build writes (article, section, tag, author, feed…), not
 * the URL of a draft or scheduled article that a later build will write, and not another
 * article's alias. Each error names both files when there are two.
 */
export async function aliasIssues(articles: readonly ArticleSource[], context: BodyLinkContext): Promise<ContentIssue[]> {
  const withAliases = articles.filter((article) => (article.aliases ?? []).length > 0);
  if (withAliases.length === 0) return [];
  const { data, inputDir, buildTime, preview } = context;
  const shown = articles.filter((article) => preview || publicationStatus(article, buildTime) === "published");
  const live = await siteUrls({ sections: data.sections, articles: shown, inputDir });
  const owners = new Map(articles.map((article) => [article.url, article.file]));
  const claims = new Map<string, ArticleSource[]>();
  for (const article of withAliases) {
    for (const alias of new Set(article.aliases)) claims.set(alias, [...(claims.get(alias) ?? []), article]);
  }
  const found: { article: ArticleSource; alias: string; message: string }[] = [];
  for (const [alias, claimants] of claims) {
    for (const article of claimants) {
      const problem = aliasProblem(alias, article, { live, owners, claimants });
      if (problem) found.push({ article, alias, message: problem });
    }
  }
  return Promise.all(
    found.map(async ({ article, alias, message }) => ({
      severity: "error" as const,
      file: article.file,
      line: await aliasLine(path.resolve(context.cwd, article.file), alias),
      field: "aliases",
      message,
    })),
  );
}

interface Taken {
  live: ReadonlySet<string>;
  owners: ReadonlyMap<string, string>;
  claimants: readonly ArticleSource[];
}

function aliasProblem(alias: string, article: ArticleSource, taken: Taken): string | undefined {
  if (alias === article.url) return `"${alias}" is this article's own URL (${EXPECTED})`;
  const owner = taken.owners.get(alias);
  if (owner !== undefined) return `"${alias}" is the URL of ${owner} (${EXPECTED})`;
  if (taken.live.has(alias)) return `"${alias}" is a page this site writes (${EXPECTED}, not a section, tag, author or other page)`;
  const others = taken.claimants.filter((other) => other !== article).map((other) => other.file);
  if (others.length > 0) return `"${alias}" is also an alias of ${others.join(" and ")} (${EXPECTED}, given by one article only)`;
  return undefined;
}

/** The line of the alias in the front matter, else that of the `aliases` field. */
async function aliasLine(file: string, alias: string): Promise<number> {
  const text = await readFile(file, "utf8").catch(() => "");
  const fieldLine = parseFrontMatter(file, text).frontMatter?.keyLines.get("aliases") ?? 1;
  const lines = text.split("\n");
  for (let index = fieldLine; index <= lines.length && !/^---\s*$/.test(lines[index - 1] ?? ""); index += 1) {
    if (lines[index - 1]?.includes(alias)) return index;
  }
  return fieldLine;
}
