import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { articleFile } from "../../bench/corpus.ts";
import { internalLinkCandidates } from "../../src/markdown/body-links.ts";
import { PROJECT_ROOT } from "../helpers/site.ts";

const HOST = "links.example.org";
const md = new MarkdownIt({ html: true });

/** The link targets markdown-it itself finds, as the renderer would write them. */
function markdownItLinks(body: string): string[] {
  const hrefs: string[] = [];
  const visit = (token: Token) => {
    if (token.type === "link_open") hrefs.push(token.attrGet("href") ?? "");
    token.children?.forEach(visit);
  };
  md.parse(body, {}).forEach(visit);
  return hrefs;
}

const scanned = (body: string) => internalLinkCandidates(body, HOST).map((link) => md.normalizeLink(link.href));

describe("internalLinkCandidates", () => {
  it("finds inline, reference and autolinks with their body lines, but not images, code or comments", () => {
    const body = [
      'Read [the timetable](/local/ferry/) and [a title](</local/with space/> "Title").', // 0
      "A [link that spans", // 1
      "two lines](../sibling/?a=1#b) and ![a photo](/images/pier.jpg).", // 2
      "[![a linked photo](/images/pier.jpg)](/local/photo-page/)", // 3
      "Code: `[x](/nowhere/)`, <!-- [y](/hidden/) -->", // 4
      "```", // 5
      "[z](/fenced/)", // 6
      "```", // 7
      "<https://links.example.org/auto/> and [ref][r] and \\[not](/escaped/)", // 8
      "", // 9
      "[r]: /referenced/", // 10
    ].join("\n");
    assert.deepEqual(internalLinkCandidates(body, HOST), [
      { href: "/local/ferry/", line: 0 },
      { href: "/local/with space/", line: 0 },
      { href: "../sibling/?a=1#b", line: 2 },
      { href: "/local/photo-page/", line: 3 },
      { href: "https://links.example.org/auto/", line: 8 },
      { href: "/referenced/", line: 10 },
    ]);
  });

  it("reads raw <a href> as a browser does, entities decoded", () => {
    const body =
      '<p><a href="/a/?x=1&amp;y=2">one</a> <A HREF=\'/b/\'>two</A> <a title="t" href=/c/>three</a> <a href="&#47;d/">four</a></p>';
    assert.deepEqual(
      internalLinkCandidates(body, HOST).map((link) => link.href),
      ["/a/?x=1&y=2", "/b/", "/c/", "/d/"],
    );
  });

  it("skips bodies whose links all go to other sites", () => {
    assert.deepEqual(internalLinkCandidates("See [a](https://other.example/x) and [b](mailto:a@b.example) and [c](#notes).", HOST), []);
  });

  it("finds the Markdown links markdown-it finds in the sample articles, the fixtures and benchmark articles", () => {
    const folders = [path.join(PROJECT_ROOT, "content/articles"), path.join(PROJECT_ROOT, "test/fixtures")];
    const files = folders.flatMap((folder) =>
      readdirSync(folder, { recursive: true, encoding: "utf8" })
        .filter((file) => file.endsWith(".md"))
        .map((file) => path.join(folder, file)),
    );
    const texts = [
      ...files.map((file) => ({ name: file, text: readFileSync(file, "utf8") })),
      ...Array.from({ length: 200 }, (_, index) => ({ name: `bench ${index}`, text: articleFile(index, 1000).text })),
    ];
    const internal = (href: string) => !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith("#");
    let compared = 0;
    for (const { name, text } of texts) {
      // Raw HTML links are no link tokens for markdown-it: their lines are left out.
      const body = text
        .split(/\n---\r?\n/)
        .slice(1)
        .join("\n---\n")
        .split("\n")
        .filter((line) => !/<a\b/i.test(line))
        .join("\n");
      const expected = markdownItLinks(body).filter(internal).sort();
      // A reference link is found at its definition, once however often it is used.
      assert.deepEqual([...new Set(scanned(body).filter(internal))].sort(), [...new Set(expected)], name);
      compared += expected.length;
    }
    assert.ok(compared > 5, `${compared} links compared`);
  });
});
