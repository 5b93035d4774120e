import { z } from "zod";
import { isoDate, nonEmptyText, text } from "../articles/schema.ts";
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "../urls/slug.ts";

/**
 * The single definition of a content page's front matter (`pages/about.md` in the content
 * folder): an About, Contact or Corrections-policy page, at `/<slug>/`.
 */
export const pageFrontMatterSchema = z.object({
  title: nonEmptyText("the page's title as text"),
  summary: text("a one-sentence summary").trim().optional(),
  slug: text("a URL slug")
    .regex(SLUG_PATTERN, "is not a valid slug (expected lowercase letters, digits and hyphens, e.g. corrections-policy)")
    .max(MAX_SLUG_LENGTH, `is longer than ${MAX_SLUG_LENGTH} characters (expected a slug of at most ${MAX_SLUG_LENGTH} characters)`)
    .optional(),
  updated: isoDate("the date of the last update").optional(),
});

export type PageFrontMatter = z.output<typeof pageFrontMatterSchema>;

export const PAGE_FIELDS: readonly string[] = Object.keys(pageFrontMatterSchema.shape);

/** A content page as read: its front matter, its file (relative to the working folder), URL and Markdown. */
export interface PageSource extends PageFrontMatter {
  file: string;
  slug: string;
  url: string;
  body: string;
  /** The line of `slug:`, when the file sets one, for collision messages. */
  slugLine?: number;
}

/** A content page as its layout shows it. */
export interface ContentPage {
  title: string;
  summary?: string;
  updated?: Date;
  html: string;
}
