import type { ContentIssue } from "../articles/content-issue.ts";

const EXPECTED = "expected the URL of a page this build writes: an article, section, tag, author, content page or feed";

/**
 * The internal links of the navigation or the policies that lead nowhere: each must be one of the site's addresses
 * (`siteUrls`, as the body-link check uses), so a footer never links to a missing page.
 */
export function navigationLinkIssues(
  links: readonly { field: string; url: string }[],
  urls: ReadonlySet<string>,
  file: string,
): ContentIssue[] {
  return links.flatMap(({ field, url }) => {
    const path = url.split(/[?#]/)[0] ?? url;
    const found = [path, `${path}/`, path.replace(/index\.html$/, "")].some((candidate) => urls.has(candidate));
    return found ? [] : [{ severity: "error" as const, file, field, message: `"${url}" is not a page of this site (${EXPECTED})` }];
  });
}
