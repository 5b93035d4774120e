import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { parse } from "node-html-parser";
import { formatIssue } from "../../src/articles/content-issue.ts";
import { parseArticle } from "../../src/articles/load.ts";
import { createMarkdownRenderer } from "../../src/markdown/render.ts";
import { ARTICLE_PAGE_IDS } from "../../src/markdown/page-ids.ts";

const FILE = "articles/news/2026-01-01-hostile.md";
const render = createMarkdownRenderer({ embedHosts: [] });

function headingIdsOf(html: string): string[] {
  return parse(html)
    .querySelectorAll("h2, h3, h4, h5, h6")
    .map((heading) => heading.getAttribute("id") ?? "");
}

function assertUniqueIds(ids: readonly string[], count: number): void {
  assert.equal(ids.length, count, "every heading has an id");
  assert.equal(new Set(ids).size, ids.length, "no id is used twice");
  for (const id of ids) assert.ok(id !== "" && !ARTICLE_PAGE_IDS.has(id), `"${id}" is not one of the page's own ids`);
}

describe("bodies of thousands of headings", () => {
  it("gives 5,000 headings with the same text 5,000 different ids", () => {
    const html = render("# Results\n\n## Results\n\n".repeat(2500)).html;
    const ids = headingIdsOf(html);
    assertUniqueIds(ids, 5000);
    assert.deepEqual(ids.slice(0, 3), ["results", "results-2", "results-3"]);
  });

  it("gives unique ids to any mix of repeated, numbered and reserved heading texts (100 runs)", () => {
    const text = fc.constantFrom("Results", "Results 2", "results-3", "Main", "Top", "Section", "", "!!", "Résultats");
    const headings = fc.array(fc.tuple(fc.constantFrom("#", "##", "###"), text), { minLength: 1, maxLength: 400 });
    fc.assert(
      fc.property(headings, (list) => {
        const html = render(list.map(([level, words]) => `${level} ${words}\n\n`).join("")).html;
        assertUniqueIds(headingIdsOf(html), list.length);
      }),
      { numRuns: 100 },
    );
  });
});

/** Front matter whose aliases nest `depth` levels of `width` copies each, placed in `field`. */
function aliasBomb(depth: number, width: number, field: "tags" | "image"): string {
  const lines = [`l0: &l0 [${Array(width).fill('"lol"').join(", ")}]`];
  for (let level = 1; level < depth; level++)
    lines.push(
      `l${level}: &l${level} [${Array(width)
        .fill(`*l${level - 1}`)
        .join(", ")}]`,
    );
  const last = `*l${depth - 1}`;
  lines.push(field === "tags" ? `tags: [${last}, ${last}]` : `image:\n  src: /images/a.jpg\n  alt: ${last}`);
  return `---\ntitle: Bomb\ndate: 2026-01-01\nsection: news\n${lines.join("\n")}\n---\n\nText.\n`;
}

describe("front matter whose aliases multiply", () => {
  it("refuses billion-laughs front matter in tags or image with one error (60 runs)", () => {
    const bombs = fc.record({
      depth: fc.integer({ min: 4, max: 12 }),
      width: fc.integer({ min: 10, max: 40 }),
      field: fc.constantFrom("tags" as const, "image" as const),
    });
    fc.assert(
      fc.property(bombs, ({ depth, width, field }) => {
        const { article, issues } = parseArticle(FILE, aliasBomb(depth, width, field), ["news"]);
        assert.equal(article, undefined);
        assert.equal(issues.length, 1);
        assert.match(
          formatIssue(issues[0]!),
          /^articles\/news\/2026-01-01-hostile\.md:\d+: front matter: aliases expand to more than 10000 values \(expected plain values\)$/,
        );
      }),
      { numRuns: 60 },
    );
  });

  it("still accepts aliases that share a few values", () => {
    const source = "---\ntitle: Shared\ndate: 2026-01-01\nsection: news\nauthor: &who Ada Reporter\ntags: [harbour, *who]\n---\n\nText.\n";
    const { article, issues } = parseArticle(FILE, source, ["news"]);
    assert.deepEqual(issues, []);
    assert.deepEqual(article?.tags, ["harbour", "Ada Reporter"]);
  });
});
