import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { ownString, ownStrings } from "../articles/own-strings.ts";
import { readingWordCount } from "../articles/reading-time.ts";
import { headingIds, type Heading } from "./heading-ids.ts";
import { bodyImages, type BodyImage } from "./image-tags.ts";
import { conflictingIds } from "./page-ids.ts";
import { createSanitizer } from "./sanitize.ts";

export type { BodyImage, Heading };

export interface RenderedBody {
  html: string;
  /** Plain text of the body, for descriptions and search. */
  text: string;
  /** Words as reading-time counts them: counted once here, so that cached builds skip it. */
  words: number;
  headings: Heading[];
  /** Ids that editors' raw HTML gives twice on the article's page (page-ids.ts); a content error. */
  idConflicts: string[];
  /** The `<img>`s the HTML shows, found once here so that a cached body is checked without its HTML. */
  images: BodyImage[];
}

const TEXT_TOKENS = new Set(["text", "code_inline", "code_block", "fence"]);

export function createMarkdownRenderer(options: { embedHosts: readonly string[] }): (markdown: string) => RenderedBody {
  const md = new MarkdownIt({ html: true, typographer: true }).use(headingIds);
  const sanitize = createSanitizer(options.embedHosts);
  return (markdown) => {
    const env: { headings?: Heading[] } = {};
    const tokens = md.parse(markdown, env);
    const rendered = md.renderer.render(tokens, md.options, env);
    // Without raw HTML tokens markdown-it's own escaping and link validation already make the output safe.
    const rawHtml = tokens.some(containsRawHtml);
    const html = rawHtml ? sanitize(rendered) : rendered;
    const text = plainText(tokens);
    const idConflicts = rawHtml ? conflictingIds(html) : [];
    return {
      html: ownString(html),
      text,
      words: readingWordCount(text),
      headings: ownStrings(env.headings ?? []),
      idConflicts,
      images: bodyImages(html),
    };
  };
}

function containsRawHtml(token: Token): boolean {
  return token.type === "html_block" || token.type === "html_inline" || (token.children ?? []).some(containsRawHtml);
}

function plainText(tokens: Token[]): string {
  const parts: string[] = [];
  const collect = (token: Token): void => {
    if (TEXT_TOKENS.has(token.type)) parts.push(token.content);
    else if (token.type === "softbreak" || token.type === "hardbreak") parts.push(" ");
    else if (token.type.endsWith("_close") && token.block) parts.push("\n");
    token.children?.forEach(collect);
  };
  tokens.forEach(collect);
  return collapseSpaces(parts.join(""))
    .replace(/\n{2,}/g, "\n")
    .trim();
}

/**
 * Each run of spaces and tabs as one space. Only runs that are not already a single space are
 * matched: replacing every space with itself would be a noticeable share of a large site's build.
 */
export function collapseSpaces(text: string): string {
  return text.replace(/ [ \t]+|\t[ \t]*/g, " ");
}
