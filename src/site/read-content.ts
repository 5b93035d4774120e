import path from "node:path";
import type { ContentIssue } from "../articles/content-issue.ts";
import { resolveBuildTime } from "../articles/dates.ts";
import { parseFrontMatter } from "../articles/front-matter.ts";
import { loadArticleSources, parseArticle, type ArticleParser, type ArticleReading, type ArticleSource } from "../articles/load.ts";
import type { GeneratedImage } from "../images/responsive.ts";
import { aliasIssues } from "./alias-check.ts";
import { bodyLinkIssues } from "./body-link-check.ts";
import { liveBlogIssues } from "./live-blog-check.ts";
import { loadSiteData, type SiteData } from "./load-data.ts";

export interface ReadContentOptions extends ArticleReading {
  inputDir: string;
  /** Paths in messages are relative to this folder. */
  cwd?: string;
  /** Which articles are published, and so which links work; `BUILD_NOW` or now when not given. */
  buildTime?: Date;
  /** The preview shows drafts and scheduled articles, so links to them work there. */
  preview?: boolean;
}

export interface ContentRead {
  data?: SiteData;
  issues: ContentIssue[];
  articles: ArticleSource[];
  /** The bodies of articles whose front matter has errors, so that their problems are found in the same run. */
  rejectedBodies: { file: string; body: string }[];
  /** Files under images/ that bodies link to, published with the site. */
  linkedImages: GeneratedImage[];
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
  if (!loaded.data) return { data: undefined, issues: loaded.issues, articles: [], rejectedBodies: [], linkedImages: [] };
  const sectionSlugs = loaded.data.sections.map((section) => section.slug);
  const rejectedBodies: ContentRead["rejectedBodies"] = [];
  const parsed = notingRejectedBodies(options.parsed, rejectedBodies);
  const { articles, issues } = await loadArticleSources(path.join(inputDir, "articles"), sectionSlugs, displayPath, { ...options, parsed });
  const buildTime = options.buildTime ?? resolveBuildTime(process.env.BUILD_NOW);
  const linkContext = { data: loaded.data, inputDir, cwd, buildTime, preview: options.preview ?? false };
  const links = await bodyLinkIssues(articles, linkContext);
  const aliases = await aliasIssues(articles, linkContext);
  const allIssues = [...loaded.issues, ...issues, ...links.issues, ...aliases, ...(await liveBlogIssues(articles, cwd))];
  return { data: loaded.data, issues: allIssues, articles, rejectedBodies, linkedImages: links.linkedImages };
}

/**
 * `parser` (or a plain parse), noting the body of each file it rejects whose YAML could be read.
 * The front matter is read again for those alone, which only happens on the way to an error.
 */
function notingRejectedBodies(parser: ArticleParser | undefined, rejected: ContentRead["rejectedBodies"]): ArticleParser {
  return {
    parse(file, source, sectionSlugs) {
      const result = parser ? parser.parse(file, source, sectionSlugs) : parseArticle(file, source, sectionSlugs);
      if (result.article) return result;
      const body = parseFrontMatter(file, source).frontMatter?.body;
      if (body !== undefined) rejected.push({ file, body });
      return result;
    },
  };
}
