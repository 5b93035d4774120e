import path from "node:path";
import type { ContentIssue } from "../articles/content-issue.ts";
import { resolveBuildTime } from "../articles/dates.ts";
import { parseFrontMatter } from "../articles/front-matter.ts";
import { loadArticleSources, parseArticle, type ArticleParser, type ArticleReading, type ArticleSource } from "../articles/load.ts";
import type { GeneratedImage } from "../images/responsive.ts";
import { aliasIssues } from "./alias-check.ts";
import type { LinkMemo } from "./internal-links.ts";
import { bodyLinkIssues } from "./body-link-check.ts";
import { liveBlogIssues } from "./live-blog-check.ts";
import { loadSiteData, type SiteData } from "./load-data.ts";
import { loadBrand } from "../theme/brand.ts";
import { pageCollisionIssues } from "../content-pages/collisions.ts";
import { loadPageSources } from "../content-pages/load.ts";
import type { PageSource } from "../content-pages/schema.ts";

export interface ReadContentOptions extends ArticleReading {
  inputDir: string;
  /** Paths in messages are relative to this folder. */
  cwd?: string;
  /** Which articles are published, and so which links work; `BUILD_NOW` or now when not given. */
  buildTime?: Date;
  /** The preview shows drafts and scheduled articles, so links to them work there. */
  preview?: boolean;
  /** The preview server's memo of unchanged bodies' links. */
  links?: LinkMemo;
}

export interface ContentRead {
  data?: SiteData;
  issues: ContentIssue[];
  articles: ArticleSource[];
  /** The bodies of articles whose front matter has errors, so that their problems are found in the same run. */
  rejectedBodies: { file: string; body: string }[];
  /** Files under images/ that bodies link to, published with the site. */
  linkedImages: GeneratedImage[];
  /** The content folder's own pages (`pages/**\/*.md`): About, Contact, policies. */
  pages: PageSource[];
  /** About how many characters the articles hold (`LoadedArticles`). */
  characters: number;
}

/**
 * Reads and validates the data files and every article, rendering nothing. Kept apart from
 * `load-site.ts` so that `npm run check` does not load the layouts and image tools.
 */
export async function readContent(options: ReadContentOptions): Promise<ContentRead> {
  const cwd = options.cwd ?? process.cwd();
  const displayPath = (absolute: string) => path.relative(cwd, absolute) || ".";
  const inputDir = path.resolve(cwd, options.inputDir);
  const loaded = await loadSiteData(path.join(inputDir, "_data"), displayPath);
  if (!loaded.data)
    return { data: undefined, issues: loaded.issues, articles: [], rejectedBodies: [], linkedImages: [], pages: [], characters: 0 };
  const branded = await withBrand(loaded.data, { inputDir, displayPath, siteFile: displayPath(path.join(inputDir, "_data", "site.json")) });
  loaded.issues.push(...branded.issues);
  const sectionSlugs = loaded.data.sections.map((section) => section.slug);
  const rejectedBodies: ContentRead["rejectedBodies"] = [];
  const parsed = notingRejectedBodies(options.parsed, rejectedBodies);
  const { articles, issues, characters } = await loadArticleSources(path.join(inputDir, "articles"), sectionSlugs, displayPath, {
    ...options,
    parsed,
  });
  const buildTime = options.buildTime ?? resolveBuildTime(process.env.BUILD_NOW);
  const pages = await loadPageSources(inputDir, displayPath);
  const collisions = pageCollisionIssues(pages.pages, loaded.data.sections, displayPath(path.join(inputDir, "_data", "sections.json")));
  const linkContext = {
    data: loaded.data,
    inputDir,
    cwd,
    buildTime,
    preview: options.preview ?? false,
    pages: pages.pages,
    links: options.links,
  };
  const links = await bodyLinkIssues(articles, linkContext);
  const aliases = await aliasIssues(articles, linkContext);
  const live = await liveBlogIssues(articles, cwd, loaded.data.site.timeZone);
  return {
    data: loaded.data,
    issues: [...loaded.issues, ...issues, ...pages.issues, ...collisions, ...links.issues, ...aliases, ...live],
    articles,
    rejectedBodies,
    linkedImages: links.linkedImages,
    pages: pages.pages,
    characters,
  };
}

/**
 * `parser` (or a plain parse), noting the body of each file it rejects whose YAML could be read.
 * The front matter is read again for those alone, which only happens on the way to an error.
 */
function notingRejectedBodies(parser: ArticleParser | undefined, rejected: ContentRead["rejectedBodies"]): ArticleParser {
  return {
    has: parser?.has?.bind(parser),
    known: parser?.known?.bind(parser),
    parse(file, source, sectionSlugs, made) {
      const result = parser ? parser.parse(file, source, sectionSlugs, made) : (made ?? parseArticle(file, source, sectionSlugs));
      if (result.article) return result;
      const body = parseFrontMatter(file, source).frontMatter?.body;
      if (body !== undefined) rejected.push({ file, body });
      return result;
    },
  };
}

/** The data with its brand files checked; `publisher.logo` defaults to the site's logo. */
async function withBrand(data: SiteData, context: Parameters<typeof loadBrand>[1]) {
  const { brand, issues } = await loadBrand(data.site, context);
  data.brand = brand;
  if (brand.logo && !data.site.publisher?.logo)
    data.site.publisher = { name: data.site.publisher?.name ?? data.site.title, logo: brand.logo };
  return { issues };
}
