import type { ContentIssue } from "../articles/content-issue.ts";
import { IMAGES_FOLDER } from "../images/locate.ts";
import { RESERVED_SECTION_SLUGS, type Section } from "../site/schema.ts";
import type { PageSource } from "./schema.ts";

/** First path segments the build writes itself, beside the sections': a page there would replace or hide them. */
export const RESERVED_PAGE_SLUGS: readonly string[] = [
  ...RESERVED_SECTION_SLUGS,
  IMAGES_FOLDER,
  "feed",
  "sitemap",
  "robots",
  "news-sitemap",
  "404",
  "corrections",
];

/**
 * A page whose `/<slug>/` is also a section, a page of the build's own, or another page: each file
 * of a clash is named, with the other, since either may be the one to rename.
 */
export function pageCollisionIssues(pages: readonly PageSource[], sections: readonly Section[], sectionsFile: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const issue = (page: PageSource, message: string): ContentIssue => ({
    severity: "error",
    file: page.file,
    line: page.slugLine ?? 1,
    field: "slug",
    message,
  });
  const byUrl = new Map<string, PageSource[]>();
  for (const page of pages) {
    byUrl.set(page.url, [...(byUrl.get(page.url) ?? []), page]);
    const section = sections.find((candidate) => candidate.slug === page.slug);
    if (section)
      issues.push(issue(page, `"${page.url}" is also the section "${section.title}" in ${sectionsFile} (expected a slug no section uses)`));
    if (RESERVED_PAGE_SLUGS.includes(page.slug)) {
      issues.push(
        issue(page, `"${page.url}" is used by the site's own pages (expected a slug other than ${RESERVED_PAGE_SLUGS.join(", ")})`),
      );
    }
  }
  for (const [url, clash] of byUrl) {
    if (clash.length < 2) continue;
    for (const page of clash) {
      const others = clash.filter((other) => other !== page).map((other) => other.file);
      issues.push(
        issue(page, `"${url}" is also the URL of ${others.join(", ")} (expected one page per slug: rename one file or set slug)`),
      );
    }
  }
  return issues;
}
