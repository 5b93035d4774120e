import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { formatIssue } from "../articles/content-issue.ts";
import { loadArticleSources, type ArticleSource } from "../articles/load.ts";
import { planMove } from "../articles/move-article.ts";
import { loadSiteData, type SiteData } from "../site/load-data.ts";
import { siteUrls } from "../site/site-urls.ts";
import { readCommandLine } from "./arguments.ts";

/**
 * `npm run move -- <article file> [--slug new-slug] [--section new-section]`: gives an article a new
 * URL and keeps the old one working as an alias (a redirect page and a `_redirects` line).
 */
const fail = (line: string) => {
  console.error(line);
  process.exitCode = 1;
};

const { values, positionals } = readCommandLine(
  "move",
  { slug: { type: "string", optional: true }, section: { type: "string", optional: true }, input: { type: "string", default: "content" } },
  { usage: "<article file>", count: { min: 1, max: 1 } },
);
await move({ file: positionals[0]!, slug: values.slug, section: values.section, input: values.input });

interface MoveArguments {
  file: string;
  slug?: string;
  section?: string;
  input: string;
}

async function move(args: MoveArguments): Promise<void> {
  const displayPath = (absolute: string) => path.relative(process.cwd(), absolute) || ".";
  const loaded = await loadSiteData(path.resolve(args.input, "_data"), displayPath);
  if (!loaded.data) return loaded.issues.map(formatIssue).forEach(fail);
  const articlesDir = path.resolve(args.input, "articles");
  const sectionSlugs = loaded.data.sections.map((section) => section.slug);
  const { articles } = await loadArticleSources(articlesDir, sectionSlugs, displayPath);
  const file = path.resolve(args.file);
  const article = articles.find((candidate) => path.resolve(candidate.file) === file);
  if (!article)
    return fail(
      `npm run move: ${args.file}: is not a valid article under ${displayPath(articlesDir)} (expected an article file that npm run check accepts)`,
    );
  const text = await readFile(file, "utf8");
  const holderOf = await addressHolders(articles, article, loaded.data, path.resolve(args.input));
  const { plan, problem } = planMove(
    { slug: args.slug, section: args.section },
    { article, file, text, articlesDir, sectionSlugs, holderOf },
  );
  if (!plan) return fail(`npm run move: ${problem}`);
  if (plan.file === file) await writeFile(file, plan.text);
  else {
    await mkdir(path.dirname(plan.file), { recursive: true });
    // "wx" refuses to overwrite another article that has the same file name.
    const written = await writeFile(plan.file, plan.text, { flag: "wx" }).then(
      () => true,
      () => false,
    );
    if (!written)
      return fail(`npm run move: ${displayPath(plan.file)}: already exists (expected no file of that name in the new section's folder)`);
    await rm(file);
  }
  console.log(`Moved ${displayPath(plan.file)} to ${plan.newUrl}; ${plan.oldUrl} now redirects there.`);
}

/** Who holds each address: another article (drafts too), another article's alias, or a page the build writes. */
async function addressHolders(articles: readonly ArticleSource[], moving: ArticleSource, data: SiteData, inputDir: string) {
  const others = articles.filter((other) => other !== moving);
  const holders = new Map<string, string>();
  for (const other of others) for (const alias of other.aliases ?? []) holders.set(alias, `an alias of ${other.file}`);
  for (const other of others) holders.set(other.url, other.file);
  const pages = await siteUrls({ sections: data.sections, articles, inputDir });
  return (url: string) => holders.get(url) ?? (pages.has(url) ? "a page of this site" : undefined);
}
