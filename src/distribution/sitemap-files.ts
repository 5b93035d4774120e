import { toIsoString } from "../articles/dates.ts";
import { absoluteUrl } from "../urls/absolute.ts";
import { sitemapPartUrl, sitemapUrl } from "../urls/urls.ts";
import { XML_DECLARATION, xmlElement, xmlTextElement } from "./xml.ts";

export const SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

export interface GeneratedFile {
  url: string;
  body: string;
}

/**
 * `/<name>.xml` holds every entry while they fit in one file; beyond `maxUrls` it becomes a sitemap
 * index of `/<name>-1.xml`, `/<name>-2.xml`, … so robots.txt and search consoles keep one address.
 * https://www.sitemaps.org/protocol.html#index
 */
export function splitSitemap<T>(
  name: string,
  entries: readonly T[],
  maxUrls: number,
  siteUrl: string,
  render: (chunk: readonly T[]) => string,
  lastmodOf: (chunk: readonly T[]) => Date | undefined,
): GeneratedFile[] {
  if (entries.length <= maxUrls) return [{ url: sitemapUrl(name), body: render(entries) }];
  const chunks = Array.from({ length: Math.ceil(entries.length / maxUrls) }, (_, index) =>
    entries.slice(index * maxUrls, (index + 1) * maxUrls),
  );
  const parts = chunks.map((chunk, index) => ({ url: sitemapPartUrl(name, index + 1), body: render(chunk), lastmod: lastmodOf(chunk) }));
  const index = xmlElement(
    "sitemapindex",
    { xmlns: SITEMAP_NAMESPACE },
    parts.map((part) =>
      xmlElement("sitemap", {}, [
        xmlTextElement("loc", absoluteUrl(siteUrl, part.url)),
        ...(part.lastmod ? [xmlTextElement("lastmod", toIsoString(part.lastmod))] : []),
      ]),
    ),
  );
  return [{ url: sitemapUrl(name), body: `${XML_DECLARATION}${index}\n` }, ...parts.map(({ url, body }) => ({ url, body }))];
}

export function latest(dates: readonly (Date | undefined)[]): Date | undefined {
  return dates.reduce<Date | undefined>((newest, date) => (date && (!newest || date > newest) ? date : newest), undefined);
}
