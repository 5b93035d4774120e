import { z } from "zod";

/**
 * Analytics (site.json's optional `analytics`): one provider, each field held to a strict pattern
 * so that nothing but a hostname, an https origin, a code or a number reaches the page head.
 * Rendered by layouts/components/Analytics.tsx, never in the preview.
 */
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

const hostname = z.string().refine(
  (value) => HOSTNAME.test(value),
  (value) => ({
    message: `${JSON.stringify(value)} is not a hostname (expected lowercase letters, digits, dots and hyphens, e.g. news.example.org)`,
  }),
);

const httpsOrigin = z.string().refine(
  (value) => {
    const match = /^https:\/\/([^/:]+)(?::(\d{1,5}))?$/.exec(value);
    return match !== null && HOSTNAME.test(match[1]!) && (match[2] === undefined || Number(match[2]) <= 65535);
  },
  (value) => ({
    message: `${JSON.stringify(value)} is not an https origin (expected https:// and a hostname, with an optional port and no path, e.g. https://stats.example.org)`,
  }),
);

export const analyticsSchema = z.discriminatedUnion("provider", [
  z.object({ provider: z.literal("plausible"), domain: hostname, host: httpsOrigin.default("https://plausible.io") }).strict(),
  z
    .object({
      provider: z.literal("goatcounter"),
      code: z
        .string()
        .regex(/^[a-z0-9-]{1,63}$/, "is not a GoatCounter code (expected 1 to 63 lowercase letters, digits and hyphens, e.g. gazette)"),
    })
    .strict(),
  z
    .object({
      provider: z.literal("matomo"),
      host: httpsOrigin,
      siteId: z
        .union([z.string(), z.number()])
        .transform(String)
        .refine((value) => /^[0-9]{1,10}$/.test(value), "is not a Matomo site id (expected digits, e.g. 1)"),
    })
    .strict(),
  z
    .object({
      provider: z.literal("cloudflare"),
      token: z.string().regex(/^[0-9a-f]{32}$/, "is not a Cloudflare Web Analytics token (expected 32 lowercase hexadecimal digits)"),
    })
    .strict(),
]);

export type Analytics = z.output<typeof analyticsSchema>;
