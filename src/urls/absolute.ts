const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** A site path (`/world/`) or image path made absolute with site.json's `url`; absolute URLs stay as they are. */
export function absoluteUrl(siteUrl: string, pathOrUrl: string): string {
  if (HAS_SCHEME.test(pathOrUrl)) return pathOrUrl;
  return `${siteUrl}${pathOrUrl.startsWith("/") ? "" : "/"}${pathOrUrl}`;
}

/** The HTML sanitiser quotes every attribute and escapes `>` inside values, so a tag ends at the first `>`. */
const TAG = /<[a-zA-Z][^>]*>/g;
const URL_ATTRIBUTE = /(\s(?:href|src)=")([^"]*)(")/g;
const SRCSET_ATTRIBUTE = /(\ssrcset=")([^"]*)(")/g;

/**
 * Feed readers show an entry away from its page, so links and images in the article body are
 * resolved against the article's absolute URL (`/images/a.jpg`, `../b/`, `#notes`).
 */
export function absolutizeHtml(html: string, pageUrl: string): string {
  const resolve = (value: string) => {
    const trimmed = value.trim();
    if (trimmed === "" || HAS_SCHEME.test(trimmed)) return value;
    try {
      return new URL(trimmed, pageUrl).href;
    } catch {
      return value;
    }
  };
  const resolveSrcset = (value: string) =>
    value
      .split(",")
      .map((candidate) => candidate.trim().replace(/^\S+/, (url) => resolve(url)))
      .join(", ");
  return html.replace(TAG, (tag) =>
    tag
      .replace(URL_ATTRIBUTE, (_, start: string, value: string, end: string) => `${start}${resolve(value)}${end}`)
      .replace(SRCSET_ATTRIBUTE, (_, start: string, value: string, end: string) => `${start}${resolveSrcset(value)}${end}`),
  );
}
