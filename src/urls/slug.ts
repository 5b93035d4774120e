import slugifyText from "@sindresorhus/slugify";
import path from "node:path";

const LEADING_DATE = /^\d{4}-\d{2}-\d{2}-/;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A slug is a folder name in the output, and file systems refuse names past 255 bytes. */
export const MAX_SLUG_LENGTH = 80;

/** `slug` cut at the last hyphen that keeps it within MAX_SLUG_LENGTH, or at the limit within one long word. */
export function shortSlug(slug: string): string {
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.lastIndexOf("-", MAX_SLUG_LENGTH);
  return cut > 0 ? slug.slice(0, cut) : slug.slice(0, MAX_SLUG_LENGTH);
}

/** ASCII slug: transliterates (`Błaszczak` → `blaszczak`), lowercases and joins words with hyphens. */
export function slugify(text: string): string {
  return PLAIN_ASCII.test(text) ? slugifyPlainAscii(text) : slugifyText(text, { decamelize: false });
}

/** Enough for any newsroom's tags and authors; past it the memo starts again rather than grow. */
const NAME_SLUGS_KEPT = 50_000;
const nameSlugs = new Map<string, string>();

/**
 * `slugify` for tag and author names, cut to MAX_SLUG_LENGTH, which repeat across thousands of articles and are slugged
 * on every load: slugging the same names again would be most of making a large site's pages.
 */
export function slugifyName(name: string): string {
  let slug = nameSlugs.get(name);
  if (slug === undefined) {
    if (nameSlugs.size >= NAME_SLUGS_KEPT) nameSlugs.clear();
    slug = shortSlug(slugify(name));
    nameSlugs.set(name, slug);
  }
  return slug;
}

/**
 * Text that transliteration leaves unchanged: ASCII without `&` (→ "and") or the diacritics `^` and
 * `` ` ``. The library builds ~2,000 regular expressions per call, the top cost of a 10,000-article
 * build; for such text these are its remaining steps, and a property test holds them equal.
 */
const PLAIN_ASCII = /^[^\u0080-\uffff&^`]*$/;

function slugifyPlainAscii(text: string): string {
  return text
    .toLowerCase()
    .replace(/([a-zA-Z\d]+)'([ts])(\s|$)/g, "$1$2$3")
    .replace(/[^a-z\d]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-|-$/g, "");
}

export function slugFromFileName(filePath: string): string {
  const base = path.basename(filePath, path.extname(filePath));
  return shortSlug(slugify(base.replace(LEADING_DATE, "")));
}
