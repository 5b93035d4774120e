import path from "node:path";
import type { ContentIssue } from "../articles/content-issue.ts";
import type { ArticleSource } from "../articles/load.ts";
import { publicationStatus, type PublicationStatus } from "../articles/status.ts";
import type { GeneratedImage } from "../images/responsive.ts";
import { internalLinkIssues, type LinkingArticle, type LinkMemo } from "./internal-links.ts";
import type { SiteData } from "./load-data.ts";
import { siteUrls } from "./site-urls.ts";
import { navigationLinkIssues } from "../navigation/check.ts";
import { internalNavigationLinks } from "../navigation/schema.ts";
import { internalPolicyLinks } from "../trust/policies.ts";

export interface BodyLinkContext {
  data: SiteData;
  /** The content folder, absolute. */
  inputDir: string;
  /** Article `file`s are relative to this folder. */
  cwd: string;
  buildTime: Date;
  /** Drafts and scheduled articles are shown, and so may be linked to. */
  preview: boolean;
  /** The content folder's own pages, whose links are checked as articles' are, and which links may point at. */
  pages?: readonly LinkingArticle[];
  /** The preview's memo of unchanged bodies' links. */
  links?: LinkMemo;
}

/**
 * The body-link check of `npm run check`, the build and the preview alike: each link into the site
 * must be one of the addresses this build writes, with the articles it shows. Files under
 * `images/` that bodies link to come back as files to publish.
 */
export async function bodyLinkIssues(
  articles: readonly ArticleSource[],
  context: BodyLinkContext,
): Promise<{ issues: ContentIssue[]; linkedImages: GeneratedImage[] }> {
  const { data, inputDir, buildTime, preview } = context;
  const shown: ArticleSource[] = [];
  const unpublished = new Map<string, PublicationStatus>();
  for (const article of articles) {
    const status = publicationStatus(article, buildTime);
    if (status === "published" || preview) shown.push(article);
    else unpublished.set(article.url, status);
  }
  // Only the articles this build shows: a draft's links are checked in the preview, where it is shown.
  const pages = context.pages ?? [];
  const links = await internalLinkIssues([...shown, ...pages], {
    siteUrl: data.site.url,
    urls: () => siteUrls({ sections: data.sections, articles: shown, inputDir, pages }).then((urls) => withAliases(urls, shown)),
    unpublished,
    cwd: context.cwd,
    memo: context.links,
  });
  const dataFile = (name: string) => path.relative(context.cwd, path.join(inputDir, "_data", name));
  const dataLinks = [
    { file: dataFile("navigation.json"), links: data.navigation ? internalNavigationLinks(data.navigation) : [] },
    { file: dataFile("site.json"), links: internalPolicyLinks(data.site.policies) },
  ].filter((entry) => entry.links.length > 0);
  const known = dataLinks.length > 0 ? await siteUrls({ sections: data.sections, articles: shown, inputDir, pages }) : new Set<string>();
  const navigation = dataLinks.flatMap((entry) => navigationLinkIssues(entry.links, known, entry.file));
  const linkedImages = links.linkedImages.map((url) => ({ file: path.join(inputDir, ...url.split("/").filter(Boolean)), url }));
  return { issues: [...links.issues, ...navigation], linkedImages };
}

/** Old URLs keep working through their redirect pages, so a body may still link to them. */
function withAliases(urls: Set<string>, shown: readonly ArticleSource[]): Set<string> {
  for (const article of shown) for (const alias of article.aliases ?? []) urls.add(alias);
  return urls;
}
