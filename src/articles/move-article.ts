import path from "node:path";
import { addAlias, frontMatterLines, joinLines, setField } from "./front-matter-edit.ts";
import type { ArticleSource } from "./load.ts";
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "../urls/slug.ts";
import { articleUrl } from "../urls/urls.ts";

export interface MoveRequest {
  slug?: string;
  section?: string;
}

export interface MovePlan {
  /** The article file after the move: the same, or the same name under `articles/<section>/`. */
  file: string;
  text: string;
  oldUrl: string;
  newUrl: string;
}

export interface MoveInputs {
  article: ArticleSource;
  /** The file's absolute path and its text as read. */
  file: string;
  text: string;
  /** The content folder's `articles/`, absolute. */
  articlesDir: string;
  sectionSlugs: readonly string[];
  /** Who holds an address already: an article's file, or a description of the page. */
  holderOf: (url: string) => string | undefined;
}

/**
 * The article at its new address, with its current URL added to `aliases`; or the one problem
 * that stops the move, as `--flag: what is wrong (what was expected)`.
 */
export function planMove(request: MoveRequest, inputs: MoveInputs): { plan?: MovePlan; problem?: string } {
  const { article, sectionSlugs } = inputs;
  if (request.slug === undefined && request.section === undefined)
    return { problem: "nothing to change (expected --slug new-slug and/or --section new-section)" };
  if (request.section !== undefined && !sectionSlugs.includes(request.section)) {
    return { problem: `--section: "${request.section}" is not in sections.json (expected one of: ${sectionSlugs.join(", ")})` };
  }
  if (request.slug !== undefined && (!SLUG_PATTERN.test(request.slug) || request.slug.length > MAX_SLUG_LENGTH)) {
    return {
      problem: `--slug: "${request.slug}" is not a valid slug (expected lowercase letters, digits and hyphens, e.g. ferry-fares-rise)`,
    };
  }
  const section = request.section ?? article.section;
  const slug = request.slug ?? article.slug;
  const newUrl = articleUrl(section, slug);
  const flag = request.slug !== undefined ? "--slug" : "--section";
  if (newUrl === article.url) return { problem: `${flag}: the article is already at ${newUrl} (expected a new slug or section)` };
  if ((article.aliases ?? []).includes(newUrl)) {
    return { problem: `${flag}: ${newUrl} is one of the article's aliases (expected a new URL; remove it from aliases to move back)` };
  }
  const holder = inputs.holderOf(newUrl);
  if (holder !== undefined) return { problem: `${flag}: ${newUrl} is taken by ${holder} (expected a URL no page of this site has)` };
  const matter = frontMatterLines(inputs.text);
  if (!matter) return { problem: "the file has no front matter to edit (expected --- lines around the fields)" };
  if (request.slug !== undefined) setField(matter, "slug", slug);
  if (request.section !== undefined) setField(matter, "section", section);
  if (!addAlias(matter, article.url))
    return { problem: "aliases: is not a list this command can extend (expected aliases: [/old/url/] or a list of - /old/url/ lines)" };
  return { plan: { file: movedFile(inputs, section), text: joinLines(matter), oldUrl: article.url, newUrl } };
}

/** Articles filed by section (`articles/world/…`, as `npm run new` files them) follow their section; others stay where they are. */
function movedFile(inputs: MoveInputs, section: string): string {
  const relative = path.relative(inputs.articlesDir, inputs.file).split(path.sep);
  if (relative.length < 2 || relative[0] !== inputs.article.section || section === inputs.article.section) return inputs.file;
  return path.join(inputs.articlesDir, section, ...relative.slice(1));
}
