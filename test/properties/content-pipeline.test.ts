import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import fc from "fast-check";
import { parse } from "node-html-parser";
import { findContentError, formatIssue, type ContentIssue } from "../../src/articles/content-issue.ts";
import { parseArticle } from "../../src/articles/load.ts";
import { buildSite } from "../../src/build/build-site.ts";
import { createMarkdownRenderer } from "../../src/markdown/render.ts";
import { loadSite } from "../../src/site/load-site.ts";
import { DEFAULT_BUILD_NOW, temporaryFolder } from "../helpers/site.ts";
import { copyOfFixture } from "../security/payloads.ts";
import { anyBody, articleSource } from "./arbitraries.ts";

const FILE = "articles/news/2026-01-01-generated.md";

function assertCleanIssues(issues: readonly ContentIssue[], file: string): void {
  for (const issue of issues) {
    assert.equal(issue.file, file);
    assert.ok(issue.message.trim().length > 0, "the issue says what is wrong");
    assert.ok(formatIssue(issue).startsWith(`${file}:`), "the issue is located in the file");
  }
}

/** Either a valid page or a clean content error: anything else thrown is a crash. */
async function outcome(run: () => Promise<unknown>): Promise<"built" | "content error"> {
  try {
    await run();
    return "built";
  } catch (error) {
    if (findContentError(error)) return "content error";
    throw error;
  }
}

function writeArticles(input: string, sources: readonly string[]): void {
  mkdirSync(path.join(input, "articles/news"), { recursive: true });
  sources.forEach((source, index) => {
    writeFileSync(path.join(input, `articles/news/2026-01-0${index + 1}-generated-${index}.md`), source);
  });
}

describe("any article file ends as a valid article or clean content errors", () => {
  it("parses and validates generated files without throwing (200 runs)", () => {
    let valid = 0;
    fc.assert(
      fc.property(articleSource, (source) => {
        const result = parseArticle(FILE, source, ["news"]);
        assertCleanIssues(result.issues, FILE);
        const errors = result.issues.filter((issue) => issue.severity === "error");
        if (result.article) {
          assert.equal(errors.length, 0);
          assert.match(result.article.url, /^\/news\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/);
          valid++;
        } else {
          assert.ok(errors.length > 0, "a refused file gets at least one error");
        }
      }),
      { numRuns: 200 },
    );
    assert.ok(valid > 0, "some generated files are valid articles");
  });

  it("renders any body to HTML without script, event handlers or javascript: URLs (200 runs)", () => {
    const render = createMarkdownRenderer({ embedHosts: ["www.youtube-nocookie.com"] });
    fc.assert(
      fc.property(anyBody, (body) => {
        const { html } = render(body);
        assert.doesNotMatch(html, /<script/i);
        for (const element of parse(html).querySelectorAll("*")) {
          for (const [name, value] of Object.entries(element.attributes)) {
            assert.doesNotMatch(name, /^on/i, html);
            if (["href", "src", "srcset", "action", "formaction", "data"].includes(name.toLowerCase())) {
              assert.doesNotMatch(value.replace(/[\u0000-\u0020]/g, ""), /^(?:javascript|vbscript|data:text)/i, html);
            }
          }
          if (element.tagName === "IFRAME") assert.match(element.getAttribute("src") ?? "", /^https:\/\/www\.youtube-nocookie\.com\//);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("loads a content folder of generated articles to pages or a content error (20 runs)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(articleSource, { minLength: 1, maxLength: 3 }), async (sources) => {
        const input = copyOfFixture("hardening-base");
        writeArticles(input, sources);
        const result = await outcome(() => loadSite({ inputDir: input, buildTime: new Date(DEFAULT_BUILD_NOW), preview: false }));
        assert.ok(result === "built" || result === "content error");
      }),
      { numRuns: 20 },
    );
  });

  it("runs the real build on generated articles to a site or a content error (6 runs)", async () => {
    let built = 0;
    const previous = process.env.BUILD_NOW;
    process.env.BUILD_NOW = DEFAULT_BUILD_NOW;
    await fc.assert(
      fc.asyncProperty(fc.array(articleSource, { minLength: 1, maxLength: 2 }), async (sources) => {
        const input = copyOfFixture("hardening-base");
        writeArticles(input, sources);
        const output = path.join(temporaryFolder(), "site");
        if ((await outcome(() => buildSite({ input, output }))) === "built") built++;
      }),
      { numRuns: 6, examples: [[[`---\ntitle: Fine\ndate: 2026-01-02\nsection: news\n---\n\n<script>alert(1)</script> body`]]] },
    );
    if (previous === undefined) delete process.env.BUILD_NOW;
    else process.env.BUILD_NOW = previous;
    assert.ok(built > 0, "at least the example article was built");
  });
});
