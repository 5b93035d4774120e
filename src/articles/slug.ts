import slugifyText from "@sindresorhus/slugify";
import path from "node:path";

const LEADING_DATE = /^\d{4}-\d{2}-\d{2}-/;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** ASCII slug: transliterates (`Błaszczak` → `blaszczak`), lowercases and joins words with hyphens. */
export function slugify(text: string): string {
  return PLAIN_ASCII.test(text) ? slugifyPlainAscii(text) : slugifyText(text, { decamelize: false });
}

/**
 * Text that transliteration leaves unchanged: ASCII without `&` (→ "and") or the diacritics `^` and
 * `` ` ``. The library builds ~2,000 regular expressions per call, the top cost of a 10,000-article
 * build (issue #8); for such text these are its remaining steps, and a property test holds them equal.
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
  return slugify(base.replace(LEADING_DATE, ""));
}
