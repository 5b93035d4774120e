import { z } from "zod";

/** A link an editor writes: a path on this site (checked against the build's pages) or an https:// address. */
export const linkUrl = z.string().refine(
  (value) => /^\/(?![/\\])\S*$/.test(value) || isHttpsUrl(value),
  (value) => ({
    message: `"${value}" is not a path on this site or an https:// address (expected e.g. /about/ or https://example.org/)`,
  }),
);

function isHttpsUrl(value: string): boolean {
  return /^https:\/\/\S+$/i.test(value) && URL.canParse(value) && new URL(value).hostname !== "";
}

const link = z.object({ text: z.string().trim().min(1), url: linkUrl }).strict();

/**
 * The single definition of `_data/navigation.json`: extra header links after the sections, and the
 * footer's groups of links.
 */
export const navigationSchema = z
  .object({
    header: z.array(link).default([]),
    footer: z.array(z.object({ title: z.string().trim().min(1), links: z.array(link).min(1) }).strict()).default([]),
  })
  .strict()
  .default({});

export type Navigation = z.output<typeof navigationSchema>;
export type NavigationLink = z.output<typeof link>;

/** Every internal link of the navigation, with the field that holds it, for the link check. */
export function internalNavigationLinks(navigation: Navigation): { field: string; url: string }[] {
  const links = [
    ...navigation.header.map((entry, index) => ({ field: `header.${index}.url`, url: entry.url })),
    ...navigation.footer.flatMap((group, groupIndex) =>
      group.links.map((entry, index) => ({ field: `footer.${groupIndex}.links.${index}.url`, url: entry.url })),
    ),
  ];
  return links.filter((entry) => entry.url.startsWith("/"));
}
