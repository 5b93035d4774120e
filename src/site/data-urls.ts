import { z } from "zod";

/**
 * URLs that data files publish (the publisher's logo, author links and avatars) reach pages, feeds
 * and structured data as they are: like article images, each must be an https:// URL or a path on
 * this site. `javascript:`, `data:`, plain `http:` and `//host` (or `/\host`, which browsers read
 * as `//host`) never get that far.
 */
export function publishedUrl(example: string) {
  return z.string().refine(isPublishedUrl, (value) => ({
    message: `"${value}" is not an https:// URL or a path on this site (expected e.g. https://example.org${example} or ${example})`,
  }));
}

function isPublishedUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  if (/^\/(?![/\\])/.test(value)) return true;
  if (!/^https:\/\//i.test(value)) return false;
  try {
    return new URL(value).hostname !== "";
  } catch {
    return false;
  }
}

const ORIGIN_EXPECTED = "expected the site's origin, e.g. https://example.org";

/**
 * The site's own address. Pages link to `/section/…` from the root of the host, so a `url` with a
 * path (`https://example.org/news/`) would publish links that miss it; a query or fragment would
 * end up in the middle of every absolute URL the build writes.
 */
export const siteOrigin = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//.test(value), "must start with http:// or https://")
  .superRefine((value, context) => {
    const url = URL.canParse(value) && /^https?:\/\//.test(value) ? new URL(value) : undefined;
    if (!url) return;
    const problems: string[] = [];
    if (url.pathname !== "/")
      problems.push(`has a path "${url.pathname}" (${ORIGIN_EXPECTED}; the site must be served from the root of its host)`);
    if (url.search !== "" || value.includes("?")) problems.push(`has a query "${url.search || "?"}" (${ORIGIN_EXPECTED})`);
    if (url.hash !== "" || value.includes("#")) problems.push(`has a fragment "${url.hash || "#"}" (${ORIGIN_EXPECTED})`);
    for (const message of problems) context.addIssue({ code: "custom", message });
  })
  .transform((value) => value.replace(/\/+$/, ""));
