import type MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { slugify } from "../articles/slug.ts";
import { ARTICLE_PAGE_IDS } from "./page-ids.ts";

export interface Heading {
  level: number;
  id: string;
  text: string;
}

/**
 * Gives every subheading a stable `id` derived from its text, unique on its page: one already taken,
 * by an earlier subheading or by the page itself (a subheading "Main"), gets `-2`, `-3`. Demotes
 * `#` to `##` because the page's only h1 is the headline.
 */
export function headingIds(md: MarkdownIt): void {
  md.core.ruler.push("heading_ids", (state) => {
    const taken = new Set(ARTICLE_PAGE_IDS);
    const headings: Heading[] = [];
    state.tokens.forEach((token, index) => {
      if (token.type !== "heading_open") return;
      if (token.tag === "h1") demote(token, state.tokens, index);
      const text = inlineText(state.tokens[index + 1]);
      const base = slugify(text) || "section";
      let id = base;
      // Not a count per text: "Results", "Results" and "Results 2" would give `results-2` twice.
      for (let number = 2; taken.has(id); number++) id = `${base}-${number}`;
      taken.add(id);
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
