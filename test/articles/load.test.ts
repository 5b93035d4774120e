import assert from "node:assert/strict";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { findDuplicateUrls, loadArticleSources, ParsedArticles, parseArticle, type ArticleSource } from "../../src/articles/load.ts";
import { textsInFile, type TextStore } from "../../src/util/text-store.ts";
import { formatIssue } from "../../src/articles/content-issue.ts";
import { temporaryFolder } from "../helpers/site.ts";

const SECTIONS = ["world", "sport"];
const article = (file: string, extra = "") => {
  const result = parseArticle(file, `---\ntitle: T\ndate: 2026-11-28\nsection: world\n${extra}---\n\nBody.\n`, SECTIONS);
  assert.ok(result.article, JSON.stringify(result.issues));
  return result;
};

describe("parseArticle", () => {
  it("makes the URL from the section and the file name without its date", () => {
    assert.equal(article("articles/world/2026-11-28-Harbour-Strike.md").article?.url, "/world/harbour-strike/");
  });

  it("lets the slug field override the file name", () => {
    assert.equal(article("articles/x.md", "slug: chosen\n").article?.url, "/world/chosen/");
  });

  it("asks for a slug when the file name has no letters or digits", () => {
    const result = parseArticle("articles/2026-11-28-___.md", "---\ntitle: T\ndate: 2026-11-28\nsection: world\n---\n", SECTIONS);
    assert.deepEqual(
      result.issues.map((issue) => `${issue.field}: ${issue.message}`),
      ["slug: cannot be made from the file name (expected a slug field)"],
    );
  });
});

describe("findDuplicateUrls", () => {
  it("names both files on each, at the slug line when there is one", () => {
    const first = article("articles/2026-11-28-same.md").article!;
    const second = article("articles/other.md", "slug: same\n");
    const lines = findDuplicateUrls([first, second.article!], new Map([[second.article!, second.slugLine!]])).map(formatIssue);
    assert.deepEqual(lines, [
      "articles/2026-11-28-same.md:1: slug: gives the URL /world/same/, which articles/other.md also has (expected a unique slug: set slug or rename the file)",
      "articles/other.md:5: slug: gives the URL /world/same/, which articles/2026-11-28-same.md also has (expected a unique slug: set slug or rename the file)",
    ]);
  });

  it("finds nothing when every URL is different", () => {
    assert.deepEqual(findDuplicateUrls([article("a.md").article!, article("b.md").article!]), []);
  });
});

describe("loadArticleSources", () => {
  it("refuses a symbolically linked article instead of publishing the file it points at", async () => {
    const folder = temporaryFolder("newsroom-load-");
    const outside = path.join(folder, "secret.md");
    writeFileSync(outside, "---\ntitle: Secret\ndate: 2026-01-01\nsection: world\n---\n\nNot for readers.\n");
    mkdirSync(path.join(folder, "articles"));
    writeFileSync(path.join(folder, "articles", "real.md"), "---\ntitle: Real\ndate: 2026-01-01\nsection: world\n---\n\nFine.\n");
    symlinkSync(outside, path.join(folder, "articles", "linked.md"));

    const { articles, issues } = await loadArticleSources(
      path.join(folder, "articles"),
      ["world"],
      (file) => path.relative(folder, file) || ".",
    );

    assert.deepEqual(
      articles.map((article) => article.title),
      ["Real"],
    );
    assert.deepEqual(
      issues.map((issue) => `${issue.file}: ${issue.message}`),
      ["articles/linked.md: is a symbolic link (expected a file or folder inside . itself, not a link to it: move or copy it here)"],
    );
  });

  it("keeps each body in the text store it is given and reads it back from there, also across parts", async () => {
    const folder = temporaryFolder("newsroom-load-");
    mkdirSync(path.join(folder, "articles"));
    // More files than one part of the read, so that the parts are read and parsed in turn.
    const count = 2_003;
    for (let index = 0; index < count; index += 1) {
      const name = `story-${String(index).padStart(4, "0")}.md`;
      writeFileSync(
        path.join(folder, "articles", name),
        `---\ntitle: Story ${index}\ndate: 2026-01-01\nsection: world\n---\n\nBody of ${index}.\n`,
      );
    }
    const kept: string[] = [];
    const file = textsInFile();
    const texts: TextStore = {
      put(text) {
        kept.push(typeof text === "string" ? text : text.text());
        return file.put(text);
      },
      close: () => file.close(),
    };

    const { articles, issues } = await loadArticleSources(
      path.join(folder, "articles"),
      ["world"],
      (absolute) => path.relative(folder, absolute),
      {
        texts,
      },
    );

    assert.deepEqual(issues, []);
    assert.equal(articles.length, count);
    assert.equal(articles[2_001]?.title, "Story 2001");
    assert.equal(articles[2_001]?.body, "\nBody of 2001.\n");
    assert.equal(kept.length, count);
    // Letting go of a body replaces the kept text; the store, not the object, answers.
    const first = articles[0] as ArticleSource;
    first.body = "";
    assert.equal(first.body, "");
    texts.close();
    assert.throws(() => articles[1]?.body, /closed/);
  });

  it("counts the headline, summary and Markdown of every article as it loads them, for sizing the search index", async () => {
    const folder = temporaryFolder("newsroom-load-");
    mkdirSync(path.join(folder, "articles"));
    writeFileSync(path.join(folder, "articles", "a.md"), "---\ntitle: Ab\ndate: 2026-01-01\nsection: world\nsummary: Cde\n---\n\nBody.\n");
    writeFileSync(path.join(folder, "articles", "b.md"), "---\ntitle: Fgh\ndate: 2026-01-01\nsection: world\n---\n\nA longer body.\n");
    // Rejected: it counts for nothing.
    writeFileSync(path.join(folder, "articles", "c.md"), "---\ntitle: Bad\nsection: world\n---\n\nNo date.\n");
    const texts = textsInFile();
    const { articles, characters } = await loadArticleSources(path.join(folder, "articles"), ["world"], (absolute) => absolute, { texts });
    texts.close();
    assert.equal(articles.length, 2);
    // "Ab" + 2 × "Cde" + "\nBody.\n", then "Fgh" + "\nA longer body.\n".
    assert.equal(characters, 2 + 6 + 7 + 3 + 16);
  });
});

describe("ParsedArticles, the preview's memory of parsed files", () => {
  const text = (title: string, section = "world") => `---\ntitle: ${title}\ndate: 2026-01-01\nsection: ${section}\n---\n\nBody.\n`;

  it("returns the same article while a file's text is unchanged, and parses it again when it changes", () => {
    const parsed = new ParsedArticles();
    const first = parsed.parse("a.md", text("One"), ["world"]);
    assert.equal(parsed.parse("a.md", text("One"), ["world"]), first);
    const edited = parsed.parse("a.md", text("Two"), ["world"]);
    assert.notEqual(edited, first);
    assert.equal(edited.article?.title, "Two");
  });

  it("validates again when the sections change", () => {
    const parsed = new ParsedArticles();
    assert.deepEqual(parsed.parse("a.md", text("One", "sport"), ["world", "sport"]).issues, []);
    const issues = parsed.parse("a.md", text("One", "sport"), ["world"]).issues;
    assert.deepEqual(
      issues.map((issue) => issue.field),
      ["section"],
    );
  });
});
