import { z } from "zod";

/** The formats the build can write; JPEG is the `<img>` every browser can show. */
export const IMAGE_FORMATS = ["avif", "webp", "jpeg"] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];
export const DEFAULT_IMAGE_FORMATS: readonly ImageFormat[] = IMAGE_FORMATS;

const EXAMPLE = '(expected e.g. "formats": ["webp", "jpeg"])';

/**
 * site.json `images`: which formats each processed image is written in. Fewer formats make a
 * cold build faster (AVIF is most of the encoding time) at the cost of bytes for readers.
 */
export const imageSettingsSchema = z
  .object(
    {
      formats: z
        .array(
          z.enum(IMAGE_FORMATS, {
            errorMap: () => ({ message: `is not an image format (expected one of ${IMAGE_FORMATS.join(", ")})` }),
          }),
          { invalid_type_error: `is not a list of formats ${EXAMPLE}` },
        )
        .superRefine((formats, context) => {
          if (!formats.includes("jpeg")) {
            context.addIssue({ code: "custom", message: `has no "jpeg", the fallback every browser shows ${EXAMPLE}` });
          }
          const twice = formats.find((format, index) => formats.indexOf(format) !== index);
          if (twice) context.addIssue({ code: "custom", message: `names "${twice}" twice ${EXAMPLE}` });
        })
        .default([...DEFAULT_IMAGE_FORMATS]),
    },
    // Without this a misspelt `format` would be ignored, and every format written.
    {
      errorMap: (issue, context) =>
        issue.code === "unrecognized_keys"
          ? { message: `has an unknown field ${issue.keys.map((key) => `"${key}"`).join(", ")} (expected only "formats")` }
          : { message: context.defaultError },
    },
  )
  .strict();

export type ImageSettings = z.output<typeof imageSettingsSchema>;

/** The formats in the one order pages list them (smallest files first), whatever order site.json gives. */
export function orderedFormats(formats: readonly ImageFormat[] | undefined): ImageFormat[] {
  return IMAGE_FORMATS.filter((format) => (formats ?? DEFAULT_IMAGE_FORMATS).includes(format));
}
