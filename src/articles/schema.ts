import { z } from "zod";
import { ARTICLE_TYPE_NAMES, DEFAULT_ARTICLE_TYPE } from "./article-types.ts";
import { isoDateOffsetProblem, isoReadingsOf, parseIsoDate } from "./dates.ts";
import { aliasPathProblem } from "../urls/alias-path.ts";
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "../urls/slug.ts";

/**
 * The single definition of an article's front matter; `ArticleFrontMatter` is inferred from it.
 * Messages read "what is wrong (what was expected)" because editors see them verbatim.
 */
export const text = (what: string) =>
  z.string({ required_error: `is missing (expected ${what})`, invalid_type_error: `is not text (expected ${what}; put it in "quotes")` });

export const isoDate = (what: string) =>
  z
    .union([z.string(), z.number(), z.date()], {
      required_error: `is missing (expected ${what}, e.g. 2026-11-28 or 2026-11-28T09:30:00Z)`,
      invalid_type_error: `is not a date (expected ${what}, e.g. 2026-11-28 or 2026-11-28T09:30:00Z)`,
    })
    .transform((value, context) => {
      const parsed = typeof value === "string" ? parseIsoDate(value) : undefined;
      const offsetProblem = typeof value === "string" ? isoDateOffsetProblem(value) : undefined;
      if (offsetProblem) {
        context.addIssue({ code: "custom", message: offsetProblem });
        return z.NEVER;
      }
      if (!parsed) {
        context.addIssue({ code: "custom", message: notADateMessage(value, what) });
        return z.NEVER;
      }
      return parsed;
    });

/** A date written day-first or month-first is given back as the ISO date it means, or both it may mean. */
function notADateMessage(value: unknown, what: string): string {
  const readings = typeof value === "string" ? isoReadingsOf(value) : [];
  if (readings.length === 1) return `"${String(value)}" is not written year-month-day (write dates as ${readings[0]})`;
  if (readings.length === 2) return `"${String(value)}" could be read two ways (write dates as year-month-day: ${readings.join(" or ")})`;
  return `"${String(value)}" is not a real date (expected ${what}, e.g. 2026-11-28 or 2026-11-28T09:30:00Z)`;
}

export const nonEmptyText = (what: string) => text(what).trim().min(1, `is empty (expected ${what})`);

const listOfNames = (what: string) =>
  z
    .union([nonEmptyText(what), z.array(nonEmptyText(what))], {
      invalid_type_error: `is not a name or a list of names (expected ${what})`,
    })
    .transform((value) => (Array.isArray(value) ? value : [value]));

export const articleFrontMatterSchema = z
  .object({
    title: nonEmptyText("the headline as text"),
    date: isoDate("the publication date"),
    section: nonEmptyText("a section slug from sections.json"),
    summary: text("a one-sentence summary").trim().optional(),
    author: listOfNames("an author name or a list of names").default([]),
    tags: z
      .array(nonEmptyText("a tag"), { invalid_type_error: "is not a list (expected a list of tags, e.g. [harbour, council])" })
      .default([]),
    updated: isoDate("the date of the last update").optional(),
    slug: text("a URL slug")
      .regex(SLUG_PATTERN, "is not a valid slug (expected lowercase letters, digits and hyphens, e.g. ferry-fares-rise)")
      .max(
        MAX_SLUG_LENGTH,
        `is longer than ${MAX_SLUG_LENGTH} characters (expected a slug of at most ${MAX_SLUG_LENGTH} characters, e.g. ferry-fares-rise)`,
      )
      .optional(),
    image: z
      .object(
        {
          src: nonEmptyText("the image path or URL"),
          alt: nonEmptyText("a text description of the image for readers who cannot see it"),
          caption: text("a caption").optional(),
          credit: text("a photo credit").optional(),
        },
        { invalid_type_error: "is not a set of fields (expected src, alt, caption and credit)" },
      )
      .optional(),
    type: z
      .enum(ARTICLE_TYPE_NAMES, {
        errorMap: () => ({ message: `is not an article type (expected one of ${ARTICLE_TYPE_NAMES.join(", ")})` }),
      })
      .default(DEFAULT_ARTICLE_TYPE),
    featured: z.boolean({ invalid_type_error: "is not true or false (expected featured: true to lead the front page)" }).default(false),
    draft: z.boolean({ invalid_type_error: "is not true or false (expected draft: true or draft: false)" }).default(false),
    corrections: z
      .array(z.object({ date: isoDate("the date of the correction"), text: nonEmptyText("what was corrected") }), {
        invalid_type_error: "is not a list (expected a list of { date, text })",
      })
      .default([]),
    aliases: z
      .array(
        text("an old URL of this article, e.g. /world/old-slug/").superRefine((alias, context) => {
          const problem = aliasPathProblem(alias);
          if (problem) context.addIssue({ code: "custom", message: problem });
        }),
        { invalid_type_error: "is not a list (expected a list of old URLs, e.g. [/world/old-slug/])" },
      )
      .optional(),
    coverageStart: isoDate("the time live coverage starts").optional(),
    coverageEnd: isoDate("the time live coverage ends").optional(),
  })
  .superRefine((article, context) => {
    if (article.type === "live" && !article.coverageStart) {
      context.addIssue({
        code: "custom",
        path: ["coverageStart"],
        message: "is missing (expected the time live coverage starts, e.g. 2026-11-30T06:00:00Z, for type: live)",
      });
    }
    if (article.coverageStart && article.coverageEnd && article.coverageEnd < article.coverageStart) {
      context.addIssue({
        code: "custom",
        path: ["coverageEnd"],
        message: "is before coverageStart (expected the end of live coverage after its start)",
      });
    }
    if (article.updated && article.updated < article.date) {
      context.addIssue({
        code: "custom",
        path: ["updated"],
        message: "is before the publication date (expected a date on or after date)",
      });
    }
  });

export type ArticleFrontMatter = z.output<typeof articleFrontMatterSchema>;

export const ARTICLE_FIELDS: readonly string[] = Object.keys(articleFrontMatterSchema.innerType().shape);
