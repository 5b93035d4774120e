import type { SchemeColours, Theme } from "./theme-schema.ts";

const PROPERTIES: Record<keyof SchemeColours, string> = {
  accent: "--accent",
  link: "--link",
  headerBackground: "--header-background",
};

/**
 * The theme as CSS custom properties, or "" without one. Every value is a `#rrggbb` the schema
 * wrote itself (`themeSchema`), so nothing of what an editor typed reaches the page. A colour set
 * for the light scheme only would otherwise carry over into the dark one: there the stylesheet's
 * own value is restored.
 */
export function themeCss(theme: Theme | undefined): string {
  if (!theme) return "";
  const { dark = {}, ...light } = theme;
  const lightRules = declarations(light);
  const darkRules = declarations(dark, Object.keys(light) as (keyof SchemeColours)[]);
  return [lightRules && `:root{${lightRules}}`, darkRules && `@media (prefers-color-scheme:dark){:root{${darkRules}}}`]
    .filter(Boolean)
    .join("");
}

const DARK_FALLBACKS: Record<keyof SchemeColours, string> = {
  accent: "#8cc4ff",
  link: "var(--accent)",
  headerBackground: "transparent",
};

function declarations(colours: SchemeColours, restore: readonly (keyof SchemeColours)[] = []): string {
  const names = new Set([...restore, ...(Object.keys(colours) as (keyof SchemeColours)[])]);
  return [...names]
    .filter((name) => name in PROPERTIES)
    .map((name) => `${PROPERTIES[name]}:${assertHex(colours[name]) ?? DARK_FALLBACKS[name]};`)
    .join("");
}

/** A last lock: a value that is not `#rrggbb` never reaches a stylesheet, whatever called this. */
function assertHex(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^#[0-9a-f]{6}$/.test(value)) throw new Error(`Refusing a theme colour that is not #rrggbb: ${JSON.stringify(value)}`);
  return value;
}
