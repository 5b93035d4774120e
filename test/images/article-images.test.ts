import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import type { Article } from "../../src/articles/article.ts";
import { processArticleImages } from "../../src/images/article-images.ts";
import { fixture, PROJECT_ROOT } from "../helpers/site.ts";
import { identify, identityOf } from "../../src/articles/article-identity.ts";
import { testArticle, type ArticleOverrides } from "../helpers/articles.ts";

const inputDir = fixture("reader-basic");
const file = path.relative(PROJECT_ROOT, path.join(inputDir, "articles/sport/2026-02-01-regatta-report.md"));
const bodyLine =
  readFileSync(path.join(PROJECT_ROOT, file), "utf8")
    .split("\n")
    .findIndex((line) => line.startsWith("![")) + 1;
const srcLine =
  readFileSync(path.join(PROJECT_ROOT, file), "utf8")
    .split("\n")
    .findIndex((line) => line.startsWith("  src:")) + 1;

function article(fields: ArticleOverrides): Article {
  return testArticle("world", 1, { title: "Story", file, slug: "story", url: "/world/story/", sectionTitle: "World", ...fields });
}

describe("processArticleImages", () => {
  it("leaves an article whose body shows no image as it is, without reading its HTML", async () => {
    const unread = {
      hash: "0",
      text: (): string => {
        throw new Error("the HTML of a body without images was read");
      },
      toJSON: () => "0",
    };
    const plain = article({ html: unread, bodyImages: [] });
    const result = await processArticleImages([plain], { inputDir, cwd: PROJECT_ROOT });
    assert.deepEqual(result.issues, []);
    assert.equal(result.articles[0], plain);
  });

  it("reports every missing, misplaced or undescribed image with the article, line and field", async () => {
    const result = await processArticleImages(
      [
        article({ image: { src: "/images/gone.jpg", alt: "Gone" } }),
        article({ url: "/world/b/", html: '<p><img src="/images/pier.jpg" alt=""><img src="/../secret.jpg" alt="x"></p>' }),
      ],
      { inputDir, cwd: PROJECT_ROOT },
    );
    assert.deepEqual(
      result.issues.map((issue) => [issue.file, issue.line, issue.field, issue.message]),
      [
        [file, srcLine, "image.src", '"/images/gone.jpg" not found (expected a file under test/fixtures/reader-basic/images/)'],
        [file, bodyLine, "body", 'image "/images/pier.jpg" has no alt text (expected ![a description of the image](/images/pier.jpg))'],
        [
          file,
          1,
          "body",
          'image "/../secret.jpg" is outside images/ (expected a file under test/fixtures/reader-basic/images/ or an https:// URL)',
        ],
      ],
    );
  });

  it("passes remote lead images through and lists each generated file once", async () => {
    const result = await processArticleImages(
      [
        article({ image: { src: "https://cdn.example.org/a.jpg", alt: "Remote" } }),
        article({ url: "/world/b/", image: { src: "/images/pier.jpg", alt: "Pier" }, html: '<p><img src="/images/pier.jpg" alt="p"></p>' }),
      ],
      { inputDir, cwd: PROJECT_ROOT },
    );
    assert.deepEqual(result.issues, []);
    assert.deepEqual(result.leadImages.get("/world/story/")?.source, { kind: "remote", src: "https://cdn.example.org/a.jpg" });
    assert.equal(result.leadImages.get("/world/b/")?.source.kind, "picture");
    assert.equal(result.files.length, new Set(result.files.map((generated) => generated.url)).size);
    assert.equal(result.files.length, 6);
    assert.match(result.articles[1]?.html.text() ?? "", /<picture>/);
  });

  it("gives an identified article whose body images it rewrites an identity of its own", async () => {
    const shown = identify(article({ html: '<p><img src="/images/pier.jpg" alt="p"></p>' }), "the source's identity");
    const [rewritten] = (await processArticleImages([shown], { inputDir, cwd: PROJECT_ROOT })).articles;
    assert.notEqual(rewritten, shown);
    const identity = rewritten && identityOf(rewritten);
    assert.ok(identity && identity !== "the source's identity", "the rewritten HTML is part of what names it");
    const unnamed = (
      await processArticleImages([article({ html: '<p><img src="/images/pier.jpg" alt="p"></p>' })], { inputDir, cwd: PROJECT_ROOT })
    ).articles[0];
    assert.equal(unnamed && identityOf(unnamed), undefined, "an article without an identity gets none");
  });
});
