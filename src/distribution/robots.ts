import { absoluteUrl } from "../urls/absolute.ts";

/** Everything may be crawled; the sitemaps are announced here: https://www.rfc-editor.org/rfc/rfc9309 */
export function renderRobots(siteUrl: string, sitemapPaths: readonly string[]): string {
  const sitemaps = sitemapPaths.map((path) => `Sitemap: ${absoluteUrl(siteUrl, path)}`);
  return ["User-agent: *", "Allow: /", "", ...sitemaps, ""].join("\n");
}
