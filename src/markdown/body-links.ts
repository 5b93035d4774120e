import MarkdownIt from "markdown-it";

/** A link in an article's body: its target as written, and the 0-based body line it is on. */
export interface BodyLink {
  href: string;
  line: number;
}

/** `<a href>` in raw HTML, however the attribute is quoted. */
const RAW_HTML_LINK = /<a\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/** Parsing only, as the renderer reads bodies (raw HTML on): links in code are not links. */
const md = new MarkdownIt({ html: true });

/**
 * The links of a Markdown body that may point into the site: Markdown links, reference links,
 * autolinks and raw `<a href>`. Only bodies with something that looks like such a link are parsed,
 * since most articles link nowhere or only to other sites.
 */
export function internalLinkCandidates(body: string, siteHost: string): BodyLink[] {
  if (!mayLinkInside(body, siteHost)) return [];
  const lines = body.split("\n");
  const links: BodyLink[] = [];
  for (const token of md.parse(body, {})) {
    const [start = 0, end = start + 1] = token.map ?? [];
    const add = (href: string) => links.push({ href, line: lineOf(href, lines, start, end) });
    if (token.type === "html_block") rawHtmlLinks(token.content).forEach(add);
    for (const child of token.children ?? []) {
      if (child.type === "link_open") add(child.attrGet("href") ?? "");
      else if (child.type === "html_inline") rawHtmlLinks(child.content).forEach(add);
    }
  }
  return links;
}

/**
 * A cheap look for a link that is not plainly to another site: a Markdown link or reference
 * definition whose target has no scheme, any `href`, or the site's own host.
 */
function mayLinkInside(body: string, siteHost: string): boolean {
  if (body.includes(siteHost) || /href/i.test(body)) return true;
  return /\](?:\(\s*<?|:\s*<?)(?![a-z][a-z0-9+.-]*:|#|\))/i.test(body);
}

/** Each target as a browser reads it: entities decoded, tabs and line breaks dropped (`jav&#x09;ascript:`). */
function rawHtmlLinks(html: string): string[] {
  return [...html.matchAll(RAW_HTML_LINK)].map((match) => md.utils.unescapeAll(match[1] ?? match[2] ?? match[3] ?? "").replace(/[\t\n\r]/g, ""));
}

/** The line of the block that holds the target as written (markdown-it encodes some characters). */
function lineOf(href: string, lines: readonly string[], start: number, end: number): number {
  const written = [href, safeDecode(href)];
  for (let line = start; line < end && line < lines.length; line++) {
    if (written.some((text) => text !== "" && lines[line]?.includes(text))) return line;
  }
  return start;
}

function safeDecode(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}
