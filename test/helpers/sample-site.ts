import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SECTION_PAGE_SIZE } from "../../src/pages/build-pages.ts";
import { buildFixture, PROJECT_ROOT, temporaryFolder, type BuiltSite } from "./site.ts";

/**
 * After every sample article (the newest is dated 2026-11-28), so that all of them are published,
 * and after the sample live blog's coverage (it ends 2026-11-29), so that it always shows as ended.
 */
export const SAMPLE_BUILD_NOW = "2026-12-01T00:00:00Z";
export const SAMPLE_CONTENT = path.join(PROJECT_ROOT, "content");

export function buildSampleSite(): Promise<BuiltSite> {
  return buildFixture(SAMPLE_CONTENT, SAMPLE_BUILD_NOW);
}

/**
 * The sample site plus a page's worth of older articles in its first section, so that the site
 * has every page type, section page 2 included. The extra articles are dated before the sample's,
 * so the home page and each section's first page look as they do on the sample site.
 */
export async function buildSampleSiteWithPagination(): Promise<BuiltSite & { pagedSection: string }> {
  const input = path.join(temporaryFolder("newsroom-quality-"), "content");
  cpSync(SAMPLE_CONTENT, input, { recursive: true });
  const pagedSection = sectionSlugsOf(input)[0]!;
  const folder = path.join(input, "articles", "quality-pagination");
  mkdirSync(folder, { recursive: true });
  for (let day = 1; day <= SECTION_PAGE_SIZE + 1; day += 1) {
    writeFileSync(path.join(folder, `2025-01-${String(day).padStart(2, "0")}-archive-story-${day}.md`), archiveArticle(pagedSection, day));
  }
  const site = await buildFixture(input, SAMPLE_BUILD_NOW);
  return { ...site, pagedSection };
}

function archiveArticle(section: string, day: number): string {
  return [
    "---",
    `title: Archive story ${day} from the harbour records`,
    `date: 2025-01-${String(day).padStart(2, "0")}T09:00:00Z`,
    `section: ${section}`,
    "summary: An older story that pushes the section onto a second listing page.",
    "author: Maren Okafor",
    "tags: [archive]",
    "---",
    "",
    "The harbour master's log for the day records calm water, two arrivals and one departure.",
    "",
  ].join("\n");
}

export function sectionSlugsOf(input: string): string[] {
  const sections = JSON.parse(readFileSync(path.join(input, "_data", "sections.json"), "utf8")) as { slug: string }[];
  return sections.map((section) => section.slug);
}

/**
 * Site URL of every page of a built site, sorted. `/admin/` is left out: it is the editors' app
 * (Decap CMS), not a page readers see; test/editor/ and test/browser/editor.test.ts cover it.
 */
export function htmlUrlsOf(output: string): string[] {
  return filesOf(output)
    .filter((file) => file.endsWith(".html") && !path.relative(output, file).startsWith(`admin${path.sep}`))
    .map((file) => {
      const url = `/${path.relative(output, file).split(path.sep).join("/")}`;
      return url.endsWith("/index.html") ? url.slice(0, -"index.html".length) : url;
    })
    .sort();
}

export function filesOf(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * The kind of page a URL is, from its shape, so that page types added later (`/tags/x/`,
 * `/authors/x/`, `/search/`) are tested without editing the tests: `home`, `section`,
 * `section-page-n`, `article`, `404`, and `<first segment>[-item][-page-n]` for anything else.
 */
export function pageKindOf(url: string, sectionSlugs: readonly string[]): string {
  if (url === "/") return "home";
  const segments = url.split("/").filter(Boolean);
  const [first = "", ...rest] = segments;
  if (first.endsWith(".html") && rest.length === 0) return first.slice(0, -".html".length);
  if (sectionSlugs.includes(first)) {
    if (rest.length === 0) return "section";
    return rest[0] === "page" ? "section-page-n" : "article";
  }
  const shape = rest.map((segment, index) => (segment === "page" ? "page" : rest[index - 1] === "page" ? "n" : "item"));
  return [first.replace(/\.html$/, ""), ...shape].join("-");
}

export interface PageSample {
  kind: string;
  url: string;
}

/** One page of each kind: the largest, which has the most content to go wrong. */
export function samplePages(output: string, sectionSlugs: readonly string[]): PageSample[] {
  const largest = new Map<string, { url: string; size: number }>();
  for (const url of htmlUrlsOf(output)) {
    const kind = pageKindOf(url, sectionSlugs);
    const file = path.join(output, url.endsWith("/") ? `${url}index.html` : url);
    const size = statSync(file).size;
    const current = largest.get(kind);
    if (!current || size > current.size) largest.set(kind, { url, size });
  }
  return [...largest].map(([kind, { url }]) => ({ kind, url })).sort((a, b) => a.kind.localeCompare(b.kind));
}
