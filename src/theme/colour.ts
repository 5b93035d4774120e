/**
 * The colour strings a theme may use, read strictly: `#rgb`, `#rrggbb`, `rgb(r g b)` or
 * `rgb(r, g, b)` with 0–255 channels, and `hsl(h s% l%)` or `hsl(h, s%, l%)`. Anything else is
 * refused, and a page only ever receives the colour written back as `#rrggbb`, so no text an
 * editor typed reaches the stylesheet.
 */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;
const RGB = /^rgb\(\s*(\d{1,3})(?:\s*,\s*|\s+)(\d{1,3})(?:\s*,\s*|\s+)(\d{1,3})\s*\)$/i;
const HSL = /^hsl\(\s*(\d{1,3}(?:\.\d+)?)(?:deg)?(?:\s*,\s*|\s+)(\d{1,3}(?:\.\d+)?)%(?:\s*,\s*|\s+)(\d{1,3}(?:\.\d+)?)%\s*\)$/i;

export const COLOUR_EXPECTED = "expected a colour such as #0b4f8a, #05a, rgb(11 79 138) or hsl(208 85% 29%)";

export function parseColour(text: string): Rgb | undefined {
  const hex = HEX.exec(text);
  if (hex?.[1]) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((digit) => digit + digit).join("") : hex[1];
    return {
      r: Number.parseInt(digits.slice(0, 2), 16),
      g: Number.parseInt(digits.slice(2, 4), 16),
      b: Number.parseInt(digits.slice(4, 6), 16),
    };
  }
  const rgb = RGB.exec(text);
  if (rgb) {
    const [r, g, b] = rgb.slice(1, 4).map(Number) as [number, number, number];
    return [r, g, b].every((channel) => channel <= 255) ? { r, g, b } : undefined;
  }
  const hsl = HSL.exec(text);
  if (hsl) {
    const [h, s, l] = hsl.slice(1, 4).map(Number) as [number, number, number];
    return h <= 360 && s <= 100 && l <= 100 ? hslToRgb(h, s / 100, l / 100) : undefined;
  }
  return undefined;
}

function hslToRgb(h: number, s: number, l: number): Rgb {
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return { r: channel(0), g: channel(8), b: channel(4) };
}

export function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((channel) => channel.toString(16).padStart(2, "0")).join("")}`;
}

/** WCAG 2 relative luminance. */
function luminance({ r, g, b }: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio, from 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
