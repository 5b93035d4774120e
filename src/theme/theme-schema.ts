import { z } from "zod";
import { COLOUR_EXPECTED, contrastRatio, parseColour, toHex } from "./colour.ts";

/** A colour from site.json, kept only as the `#rrggbb` it was read as. */
const colour = z.string().transform((text, context) => {
  const rgb = parseColour(text.trim());
  if (rgb) return toHex(rgb);
  context.addIssue({ code: "custom", message: `"${text}" is not a colour this site accepts (${COLOUR_EXPECTED})` });
  return z.NEVER;
});

const schemeColours = z.object({ accent: colour.optional(), link: colour.optional(), headerBackground: colour.optional() }).strict();

export type SchemeColours = z.output<typeof schemeColours>;
type Scheme = "light" | "dark";

/** The stylesheet's own colours (layouts/assets/site.css), which a theme's colours must contrast with. */
export const DEFAULT_COLOURS: Record<Scheme, { text: string; background: string; accent: string }> = {
  light: { text: "#1a1a1a", background: "#fdfdfb", accent: "#0b4f8a" },
  dark: { text: "#ecebe7", background: "#16181b", accent: "#8cc4ff" },
};

export const MINIMUM_CONTRAST = 4.5;

/**
 * `accent` colours buttons and, unless `link` is given, links; `headerBackground` sits behind the
 * site's title and section links. `dark` holds the same for the dark scheme, which otherwise keeps
 * the stylesheet's dark colours: one colour rarely reads well on both a light and a dark page.
 */
export const themeSchema = z
  .object({ accent: colour.optional(), link: colour.optional(), headerBackground: colour.optional(), dark: schemeColours.optional() })
  .strict()
  .superRefine((theme, context) => {
    const { dark, ...light } = theme;
    for (const problem of [...contrastProblems(light, "light"), ...contrastProblems(dark ?? {}, "dark")]) {
      context.addIssue({ code: "custom", path: problem.path, message: problem.message });
    }
  });

export type Theme = z.output<typeof themeSchema>;

interface Pair {
  what: string;
  foreground: keyof SchemeColours | "text";
  background: keyof SchemeColours | "page";
}

/** Text and links against what they are read on: buttons use the page background as their text colour. */
const PAIRS: Pair[] = [
  { what: "links on the page background", foreground: "link", background: "page" },
  { what: "the accent on the page background", foreground: "accent", background: "page" },
  { what: "the site title on the header background", foreground: "text", background: "headerBackground" },
  { what: "section links on the header background", foreground: "link", background: "headerBackground" },
];

/** Every pair below WCAG AA (4.5:1) in one scheme, named by the theme field that set it. */
export function contrastProblems(colours: SchemeColours, scheme: Scheme): { path: string[]; message: string }[] {
  const defaults = DEFAULT_COLOURS[scheme];
  const resolve = (role: Pair["foreground"] | Pair["background"]): string => {
    if (role === "text") return defaults.text;
    if (role === "page") return defaults.background;
    if (role === "headerBackground") return colours.headerBackground ?? defaults.background;
    if (role === "link") return colours.link ?? colours.accent ?? defaults.accent;
    return colours.accent ?? defaults.accent;
  };
  const problems: { path: string[]; message: string }[] = [];
  for (const pair of PAIRS) {
    const field = [pair.foreground, pair.background, pair.foreground === "link" ? "accent" : ""].find(
      (role) => role in colours && colours[role as keyof SchemeColours],
    );
    if (!field) continue;
    const [foreground, background] = [resolve(pair.foreground), resolve(pair.background)];
    const [front, back] = [parseColour(foreground), parseColour(background)];
    // A colour that could not be read has its own error already.
    if (!front || !back) continue;
    const ratio = contrastRatio(front, back);
    if (ratio >= MINIMUM_CONTRAST) continue;
    problems.push({
      path: scheme === "dark" ? ["dark", field] : [field],
      message: `${pair.what} (${foreground} on ${background}): contrast ${Math.floor(ratio * 100) / 100}:1 in the ${scheme} scheme (expected at least ${MINIMUM_CONTRAST}:1, WCAG AA)`,
    });
  }
  return problems;
}
