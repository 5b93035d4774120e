import { toIsoString } from "./dates.ts";
import { shortSlug, slugify } from "../urls/slug.ts";
import { articleUrl } from "../urls/urls.ts";
import { closestMatch } from "./suggest.ts";

export interface NewArticleRequest {
  title: string;
  section: string;
}

export interface NewArticlePlan {
  /** Relative to the content folder: `articles/<section>/<YYYY-MM-DD>-<slug>.md`. */
  file: string;
  url: string;
  text: string;
}

/** What `npm run new` writes, or the problems with the request, each as `field: what is wrong (what was expected)`. */
export function planNewArticle(
  request: NewArticleRequest,
  sectionSlugs: readonly string[],
  now: Date,
): { plan?: NewArticlePlan; problems: string[] } {
  const problems: string[] = [];
  const title = request.title.trim();
  const slug = shortSlug(slugify(title));
  if (title === "")
    problems.push('headline: is missing (expected the headline in quotes, e.g. npm run new -- --section world "Storm closes the harbour")');
  else if (slug === "") problems.push("headline: has no letters or digits to make a URL from (expected a headline with words)");
  if (!sectionSlugs.includes(request.section)) problems.push(unknownSection(request.section, sectionSlugs));
  if (problems.length > 0) return { problems };
  const day = toIsoString(now).slice(0, 10);
  return {
    plan: {
      file: `articles/${request.section}/${day}-${slug}.md`,
      url: articleUrl(request.section, slug),
      text: newArticleText(title, request.section, now),
    },
    problems,
  };
}

function unknownSection(section: string, sectionSlugs: readonly string[]): string {
  const expected = `expected one of: ${sectionSlugs.join(", ")}`;
  if (section === "") return `--section: is missing (${expected})`;
  const suggestion = closestMatch(section, sectionSlugs);
  return `--section: "${section}" is not in sections.json (${suggestion ? `did you mean ${suggestion}? ` : ""}${expected})`;
}

/** Valid front matter with `draft: true`, so a new file can never reach readers by accident. */
export function newArticleText(title: string, section: string, now: Date): string {
  const seconds = new Date(Math.floor(now.getTime() / 1000) * 1000);
  return [
    "---",
    // JSON strings are valid YAML, so quotes and colons in a headline stay text.
    `title: ${JSON.stringify(title)}`,
    `date: ${toIsoString(seconds)}`,
    `section: ${section}`,
    "# summary: One sentence shown in listings and search results.",
    "# author: Your Name",
    "# tags: [harbour, council]",
    "draft: true",
    "---",
    "",
    "Write the article here. Delete the line `draft: true` above when it is ready to publish.",
    "",
  ].join("\n");
}
