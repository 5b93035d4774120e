import slugifyText from "@sindresorhus/slugify";
import path from "node:path";

const LEADING_DATE = /^\d{4}-\d{2}-\d{2}-/;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** ASCII slug: transliterates (`Błaszczak` → `blaszczak`), lowercases and joins words with hyphens. */
export function slugify(text: string): string {
  return slugifyText(text, { decamelize: false });
}

export function slugFromFileName(filePath: string): string {
  const base = path.basename(filePath, path.extname(filePath));
  return slugify(base.replace(LEADING_DATE, ""));
}
