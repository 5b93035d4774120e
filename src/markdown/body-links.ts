/** A link in an article's body: its target as written, and the 0-based body line it is on. */
export interface BodyLink {
  href: string;
  line: number;
}

/** The `](target` end of an inline link or image; its `[` is found by counting brackets back. */
const INLINE_TARGET = /\]\(\s*(<[^<>\n]*>|(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))*)/g;
/** Link text longer than this is not looked for: a stray `](` costs a bounded look back. */
const MAX_LINK_TEXT = 2000;
/** `[label]: target` at the start of a line. */
const REFERENCE_DEFINITION = /^ {0,3}\[((?:[^[\]\\]|\\.)+)\]:[ \t]*\n?[ \t]*(<[^<>\n]*>|\S+)/gm;
/** `[text][label]`, `[label][]` or `[label]`, with the `!` of an image before it when there is one. */
const REFERENCE_USE = /(!?)\[((?:[^[\]\\]|\\.)*)\](?:\[((?:[^[\]\\]|\\.)*)\])?(:?)/g;
const AUTOLINK = /<([a-z][a-z0-9+.-]{1,31}:[^\s<>]*)>/gi;
/** `<a href>` in raw HTML, however the attribute is quoted. */
const RAW_HTML_LINK = /<a\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A code span ends in its paragraph: an unclosed backtick never blanks the rest of the body. */
const CODE_SPAN = /(`+)(?!`)(?:[^\n]|\n(?![ \t]*\n))*?(?<!`)\1(?!`)/g;
const COMMENT = /<!--[\s\S]*?-->/g;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * The links of a Markdown body that may point into the site: inline links, reference definitions,
 * autolinks and raw `<a href>`, but not images, nor anything in code or HTML comments. A scan
 * rather than a parse, so that checking 10,000 bodies costs little next to rendering them; most
 * bodies, which link nowhere or only to other sites, are not scanned at all.
 */
export function internalLinkCandidates(body: string, siteHost: string): BodyLink[] {
  if (!mayLinkInside(body, siteHost)) return [];
  const text = withoutCode(body);
  const lineStarts = lineStartsOf(text);
  const found: { href: string; index: number }[] = [];
  const add = (href: string, index: number) => found.push({ href, index });
  for (const match of text.matchAll(INLINE_TARGET)) {
    const close = match.index ?? 0;
    const open = openingBracket(text, close);
    if (open !== undefined && text[open - 1] !== "!") add(unescapeMarkdown(unbracket(match[1] ?? "")), close);
  }
  if (text.includes("]:")) {
    // A definition only images use makes no link: the image checks report its target.
    const used = linkLabels(text);
    for (const match of text.matchAll(REFERENCE_DEFINITION)) {
      if (used.has(normalLabel(match[1] ?? ""))) add(unescapeMarkdown(unbracket(match[2] ?? "")), match.index ?? 0);
    }
  }
  if (text.includes("<")) {
    for (const match of text.matchAll(AUTOLINK)) add(match[1] ?? "", match.index ?? 0);
    for (const match of text.matchAll(RAW_HTML_LINK)) add(rawHref(match[1] ?? match[2] ?? match[3] ?? ""), match.index ?? 0);
  }
  return found.sort((a, b) => a.index - b.index).map(({ href, index }) => ({ href, line: lineAt(lineStarts, index) }));
}

/** The labels that links (not images) refer to; a definition's own `[label]:` is no use of it. */
function linkLabels(text: string): Set<string> {
  const labels = new Set<string>();
  for (const match of text.matchAll(REFERENCE_USE)) {
    const [, bang, first = "", second, colon] = match;
    if (bang === "!" || (colon === ":" && second === undefined)) continue;
    labels.add(normalLabel(second ? second : first));
  }
  return labels;
}

/** Labels match as CommonMark matches them: case and runs of white space do not count. */
function normalLabel(label: string): string {
  return label.trim().replace(/\s+/g, " ").toLowerCase();
}

/** The `[` that a link text's closing `]` belongs to, within its paragraph; undefined when there is none. */
function openingBracket(text: string, close: number): number | undefined {
  let depth = 0;
  for (let index = close - 1; index >= 0 && close - index <= MAX_LINK_TEXT; index--) {
    const character = text[index];
    if (character === "\n" && text[index - 1] === "\n") return undefined;
    if ((character !== "[" && character !== "]") || text[index - 1] === "\\") continue;
    if (character === "]") depth++;
    else if (depth === 0) return index;
    else depth--;
  }
  return undefined;
}

/**
 * A cheap look for a link that is not plainly to another site: a Markdown link or reference
 * definition whose target has no scheme, any `<a` tag, or the site's own host.
 */
function mayLinkInside(body: string, siteHost: string): boolean {
  if (body.includes(siteHost) || body.includes("<a") || body.includes("<A")) return true;
  return /\](?:\(\s*<?|:\s*<?)(?![a-z][a-z0-9+.-]*:|#|\))/i.test(body);
}

/** The body with fenced code, code spans and HTML comments blanked out, keeping every line break. */
function withoutCode(body: string): string {
  let text = body;
  if (text.includes("```") || text.includes("~~~")) text = withoutFences(text);
  if (text.includes("`")) text = text.replace(CODE_SPAN, blank);
  if (text.includes("<!--")) text = text.replace(COMMENT, blank);
  return text;
}

function withoutFences(text: string): string {
  let fence: string | undefined;
  return text
    .split("\n")
    .map((line) => {
      const marker = FENCE.exec(line)?.[1];
      if (fence === undefined) {
        if (marker !== undefined) fence = marker;
        return marker === undefined ? line : "";
      }
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
      return "";
    })
    .join("\n");
}

function blank(match: string): string {
  return match.replace(/[^\n]/g, " ");
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) starts.push(index + 1);
  return starts;
}

function lineAt(starts: readonly number[], index: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= index) low = middle;
    else high = middle - 1;
  }
  return low;
}

function unbracket(target: string): string {
  return target.startsWith("<") && target.endsWith(">") ? target.slice(1, -1) : target;
}

function unescapeMarkdown(target: string): string {
  return decodeEntities(target.replace(/\\([!-/:-@[-`{-~])/g, "$1"));
}

/** A raw `href` as a browser reads it: entities decoded, tabs and line breaks dropped (`jav&#x09;ascript:`). */
function rawHref(value: string): string {
  return decodeEntities(value).replace(/[\t\n\r]/g, "");
}

function decodeEntities(value: string): string {
  if (!value.includes("&")) return value;
  return value.replace(ENTITY, (entity, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED[name] ?? entity;
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? "", 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}
