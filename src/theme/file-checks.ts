/**
 * What a logo, favicon or custom stylesheet from the content folder may hold. They are published
 * as files of the site's own origin, where an SVG opened directly runs its scripts and a stylesheet
 * applies to every page: anything that could run or load code is refused, with its line.
 */
export interface FileProblem {
  line: number;
  message: string;
}

/** Numeric character references decoded, so that `&#106;avascript:` is seen as what it means. */
function decodeReferences(text: string): string {
  return text.replace(/&#(x[0-9a-f]+|\d+);?/gi, (_, code: string) => {
    const point = code[0] === "x" || code[0] === "X" ? Number.parseInt(code.slice(1), 16) : Number.parseInt(code, 10);
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : "";
  });
}

/** CSS escapes decoded (`\6a` is `j`) and comments blanked, keeping the lines where they were. */
function plainCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, " "))
    .replace(/\\([0-9a-f]{1,6})[ \t]?/gi, (_, hex: string) => String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff) || 0xfffd))
    .replace(/\\([^\n0-9a-f])/gi, "$1");
}

function lineProblems(text: string, rules: readonly [RegExp, string][]): FileProblem[] {
  const problems: FileProblem[] = [];
  text.split("\n").forEach((line, index) => {
    for (const [pattern, message] of rules) if (pattern.test(line)) problems.push({ line: index + 1, message });
  });
  return problems;
}

const SVG_RULES: [RegExp, string][] = [
  [/<script/i, "has a <script> (expected an SVG without scripts)"],
  [/\son[a-z]+\s*=/i, "has an event handler attribute (expected an SVG without scripts)"],
  [/javascript:/i, "has a javascript: URL (expected an SVG without scripts)"],
  [/<(?:foreignObject|iframe|embed|object)\b/i, "embeds other content (expected a plain SVG drawing)"],
  [/<!(?:ENTITY|DOCTYPE)/i, "declares a DOCTYPE or entities (expected a plain SVG drawing)"],
  [/\bhref\s*=\s*(?!["']?#)/i, "links to another file or address (expected only #references inside the SVG)"],
];

export function svgProblems(text: string): FileProblem[] {
  const problems = lineProblems(decodeReferences(text), SVG_RULES);
  if (!/<svg[\s>]/i.test(text)) problems.push({ line: 1, message: "is not an SVG image (expected an <svg> element)" });
  return problems;
}

const CSS_RULES: [RegExp, string][] = [
  [/<\/style/i, "has </style, which could end the page's stylesheet (expected CSS only)"],
  [/javascript:|vbscript:/i, "has a script URL (expected CSS only)"],
  [/expression\s*\(/i, "uses expression(), which runs script in old browsers (expected CSS only)"],
  [/behaviou?r\s*:/i, "uses behavior:, which loads script in old browsers (expected CSS only)"],
  [/-moz-binding/i, "uses -moz-binding, which loads script in old browsers (expected CSS only)"],
  [/<script/i, "has <script (expected CSS only)"],
];

/** `url(…)` and `@import` may load https:// addresses and the site's own paths; data: only images and fonts. */
function urlProblems(line: string): string[] {
  const targets = [...line.matchAll(/url\(\s*["']?([^"')\s]*)/gi)].map((match) => match[1] ?? "");
  return targets
    .filter(
      (target) =>
        !(
          /^https:\/\/[^/\s]/i.test(target) ||
          /^\/(?![/\\])/.test(target) ||
          target.startsWith("#") ||
          /^data:(?:image\/(?:png|gif|jpeg|webp|avif)|font\/[a-z0-9]+);/i.test(target)
        ),
    )
    .map((target) => `loads "${target}" (expected an https:// address, a path on this site starting with /, or a data: image or font)`);
}

export function cssProblems(text: string): FileProblem[] {
  const plain = plainCss(text);
  const problems = lineProblems(plain, CSS_RULES);
  plain.split("\n").forEach((line, index) => {
    for (const message of urlProblems(line)) problems.push({ line: index + 1, message });
    for (const match of line.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]*)/gi)) {
      if (!/^\/(?![/\\])/.test(match[1] ?? ""))
        problems.push({
          line: index + 1,
          message: `imports "${match[1]}" (expected no @import of another host: put the rules in custom.css, or import a path on this site)`,
        });
    }
  });
  return problems.sort((a, b) => a.line - b.line);
}
