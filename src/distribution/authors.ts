import { slugifyName } from "../articles/slug.ts";

/** Author pages are built at `/authors/<slug>/`; a name without letters or digits has none. */
export function authorPath(name: string): string | undefined {
  const slug = slugifyName(name);
  return slug === "" ? undefined : `/authors/${slug}/`;
}
