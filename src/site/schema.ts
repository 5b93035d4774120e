import { z } from "zod";
import { isKnownTimeZone } from "../articles/dates.ts";
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "../urls/slug.ts";
import { faviconFile, logoFile } from "../theme/brand-schema.ts";
import { themeSchema } from "../theme/theme-schema.ts";
import { policiesSchema } from "../trust/policies.ts";
import { analyticsSchema } from "./analytics.ts";
import { publishedUrl, siteOrigin } from "./data-urls.ts";
import { editorBackendSchema } from "./editor-backend.ts";
import { hubUrl } from "./hub-url.ts";
import { imageSettingsSchema } from "./image-settings.ts";

function isWellFormedLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

export const siteSchema = z.object({
  title: z.string().trim().min(1),
  url: siteOrigin,
  language: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, "must be a language tag such as en or en-GB")
    // The pattern admits tags that Intl rejects (`de-1996-1996`), which would crash date formatting.
    .refine(isWellFormedLanguageTag, "is not a well-formed language tag (expected e.g. en or en-GB)"),
  description: z.string().default(""),
  /** Dates and times on pages are shown in this zone; machine-readable dates stay in UTC. */
  timeZone: z
    .string()
    .refine(isKnownTimeZone, (zone) => ({
      message: `"${zone}" is not a time zone (expected an IANA name such as Europe/London or America/New_York, or UTC)`,
    }))
    .default("UTC"),
  publisher: z.object({ name: z.string().min(1), logo: publishedUrl("/assets/logo.png").optional() }).optional(),
  embedHosts: z.array(z.string().min(1)).default([]),
  /** The newsroom's own look (src/theme/): files of the content folder and checked colours. */
  logo: logoFile.optional(),
  favicon: faviconFile.optional(),
  theme: themeSchema.optional(),
  /** Pages about the newsroom: footer links and the publisher's NewsMediaOrganization properties. */
  policies: policiesSchema.optional(),
  websub: hubUrl.optional(),
  /** Off unless set: one provider's tag on every page, never in the preview (src/site/analytics.ts). */
  analytics: analyticsSchema.optional(),
  /** `false` leaves out the web editor at `/admin/` (src/editor/). */
  editor: z.boolean({ invalid_type_error: "is not true or false (expected editor: false to leave out /admin/)" }).optional(),
  editorBackend: editorBackendSchema.optional(),
  /** Formats of the processed images (src/site/image-settings.ts); all three when absent. */
  images: imageSettingsSchema.optional(),
});

/** First path segments the build writes itself: a section there would collide with them. */
export const RESERVED_SECTION_SLUGS = ["tags", "authors", "search", "img", "assets", "admin"];

export const sectionSchema = z.object({
  slug: z
    .string()
    .regex(SLUG_PATTERN, "must be lowercase letters, digits and hyphens")
    .max(
      MAX_SLUG_LENGTH,
      `is longer than ${MAX_SLUG_LENGTH} characters (expected a slug of at most ${MAX_SLUG_LENGTH} characters, e.g. world)`,
    )
    .refine(
      (slug) => !RESERVED_SECTION_SLUGS.includes(slug),
      (slug) => ({
        message: `"${slug}" is used by the site's own pages (expected a slug other than ${RESERVED_SECTION_SLUGS.join(", ")})`,
      }),
    ),
  title: z.string().trim().min(1),
  description: z.string().default(""),
});

export const sectionsSchema = z
  .array(sectionSchema)
  .min(1)
  .superRefine((sections, context) => {
    const seen = new Set<string>();
    sections.forEach((section, index) => {
      if (seen.has(section.slug)) {
        context.addIssue({ code: "custom", path: [index, "slug"], message: `"${section.slug}" is declared twice` });
      }
      seen.add(section.slug);
    });
  });

export const authorProfileSchema = z.object({
  name: z.string().trim().min(1),
  bio: z.string().optional(),
  /** Shown after the name in bylines, e.g. "Local government correspondent". */
  role: z.string().trim().min(1).optional(),
  url: publishedUrl("/staff/maren-okafor").optional(),
  avatar: publishedUrl("/assets/maren.jpg").optional(),
});

export const authorsSchema = z.array(authorProfileSchema).default([]);

export type Site = z.output<typeof siteSchema>;
export type Section = z.output<typeof sectionSchema>;
export type AuthorProfile = z.output<typeof authorProfileSchema>;
