import type MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { slugify } from "../articles/slug.ts";

export interface Heading {
  level: number;
  id: string;
  text: string;
}

/**
 * Gives every subheading a stable `id` derived from its text (repeated texts get `-2`, `-3`),
 * and demotes `#` to `##` because the page's only h1 is the headline.
 */
export function headingIds(md: MarkdownIt): void {
  md.core.ruler.push("heading_ids", (state) => {
    const used = new Map<string, number>();
    const headings: Heading[] = [];
    state.tokens.forEach((token, index) => {
      if (token.type !== "heading_open") return;
      if (token.tag === "h1") demote(token, state.tokens, index);
      const text = inlineText(state.tokens[index + 1]);
      const base = slugify(text) || "section";
      const count = (used.get(base) ?? 0) + 1;
      used.set(base, count);
      const id = count === 1 ? base : `${base}-${count}`;
      token.attrSet("id", id);
      headings.push({ level: Number(token.tag.slice(1)), id, text });
    });
    state.env.headings = headings;
  });
}

function demote(open: Token, tokens: Token[], index: number): void {
  open.tag = "h2";
  const close = tokens.slice(index).find((token) => token.type === "heading_close");
  if (close) close.tag = "h2";
}

function inlineText(inline: Token | undefined): string {
  return (inline?.children ?? [])
    .filter((child) => child.type === "text" || child.type === "code_inline")
    .map((child) => child.content)
    .join("");
}
