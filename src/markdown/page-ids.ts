/**
 * The ids an article page's own markup uses around the body (layouts/Base.tsx, ArticlePage.tsx and
 * their components): the "Back to top" and skip-link targets, the search box and the headings of
 * the corrections and "More in section". A body that used one too would make the page invalid and
 * send those links to the wrong place. test/markdown/page-ids.test.ts checks the list against a
 * rendered article page.
 */
export const ARTICLE_PAGE_IDS: ReadonlySet<string> = new Set([
  "top",
  "main",
  "site-search-query",
  "corrections-heading",
  "more-in-section-heading",
]);

/**
 * An element's id: sanitize-html writes every attribute it keeps in double quotes (markdown-it
 * writes heading ids so), and escapes `<` and `>` in text and attribute values, so that text such as
 * `set id="main"` in a paragraph is never read as an element's id.
 */
const ID_ATTRIBUTE = /<[a-z][^>]*?\sid="([^"]*)"/gi;

/**
 * The ids in rendered body HTML that its page would then hold twice: one of the page's own, or one
 * used twice in the body. Subheadings' ids never are (heading-ids.ts), so only editors' raw HTML
 * can give one.
 */
export function conflictingIds(html: string): string[] {
  const seen = new Set<string>();
  const conflicts = new Set<string>();
  for (const [, id = ""] of html.matchAll(ID_ATTRIBUTE)) {
    if (ARTICLE_PAGE_IDS.has(id) || seen.has(id)) conflicts.add(id);
    seen.add(id);
  }
  return [...conflicts];
}
