import type MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { slugify } from "../urls/slug.ts";
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
    // The next number to try for each base: thousands of "Results" headings then take one step
    // each, not one per earlier "Results", so a body's ids cost time in proportion to its length.
    const nextNumber = new Map<string, number>();
    const headings: Heading[] = [];
    state.tokens.forEach((token, index) => {
      if (token.type !== "heading_open") return;
      if (token.tag === "h1") demote(token, state.tokens, index);
      const text = inlineText(state.tokens[index + 1]);
      const base = slugify(text) || "section";
      let id = base;
      // Still checked against every id taken: "Results", "Results" and "Results 2" would otherwise give `results-2` twice.
      let number = nextNumber.get(base) ?? 2;
      for (; taken.has(id); number++) id = `${base}-${number}`;
      nextNumber.set(base, number);
      taken.add(id);
      token.attrSet("id", id);
      headings.push({ level: Number(token.tag.slice(1)), id, text });
    });
    state.env.headings = headings;
  });
}

function demote(open: Token, tokens: Token[], index: number): void {
  open.tag = "h2";
  // Searched in place: copying the rest of the tokens for each `#` would make a body of many headings quadratic.
  for (let next = index + 1; next < tokens.length; next++) {
    const token = tokens[next];
    if (token?.type === "heading_close") {
      token.tag = "h2";
      return;
    }
  }
}

function inlineText(inline: Token | undefined): string {
  return (inline?.children ?? [])
    .filter((child) => child.type === "text" || child.type === "code_inline")
    .map((child) => child.content)
    .join("");
}
