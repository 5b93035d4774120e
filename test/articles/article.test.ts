import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { asRendering } from "../../src/markdown/body-rendering.ts";
import { toArticle } from "../../src/articles/article.ts";
import type { ArticleSource } from "../../src/articles/load.ts";
import { testSource } from "../helpers/articles.ts";
import { identify, identityOf } from "../../src/articles/article-identity.ts";

const day = (n: number) => new Date(Date.UTC(2026, 0, n));

const source = (fields: Partial<ArticleSource>) => testSource({ date: day(1), ...fields });

const modified = (fields: Partial<ArticleSource>) =>
  toArticle(
    source(fields),
    asRendering({ html: "<p>Text.</p>", text: "Text.", words: 1, headings: [], idConflicts: [], images: [] }),
    "published",
    "World",
  ).modified;

describe("toArticle's modified date", () => {
  it("is the publication date when nothing changed", () => {
    assert.deepEqual(modified({}), day(1));
  });

  it("is the update date when there is one", () => {
    assert.deepEqual(modified({ updated: day(4) }), day(4));
  });

  it("counts the newest correction as an update, even after `updated`", () => {
    const corrections = [
      { date: day(9), text: "Later fix." },
      { date: day(6), text: "Earlier fix." },
    ];
    assert.deepEqual(modified({ updated: day(4), corrections }), day(9));
    assert.deepEqual(modified({ updated: day(12), corrections }), day(12));
  });
});

describe("toArticle", () => {
  it("keeps every front matter field but not the Markdown body", () => {
    const article = toArticle(
      source({ summary: "In short.", updated: day(3) }),
      asRendering({ html: "<p>Text.</p>", text: "Text.", words: 1, headings: [], idConflicts: [], images: [] }),
      "published",
      "World",
    );
    assert.equal("body" in article, false);
    assert.deepEqual(
      { title: article.title, summary: article.summary, updated: article.updated, url: article.url, html: article.html.text() },
      { title: "Story", summary: "In short.", updated: day(3), url: "/world/story/", html: "<p>Text.</p>" },
    );
  });
});

describe("an article's identity", () => {
  const rendering = asRendering({ html: "<p>Text.</p>", text: "Text.", words: 1, headings: [], idConflicts: [], images: [] });
  const identityFor = (sourceIdentity: string | undefined, status: "published" | "draft", sectionTitle: string) => {
    const made = source({ summary: "In short." });
    if (sourceIdentity !== undefined) identify(made, sourceIdentity);
    return identityOf(toArticle(made, rendering, status, sectionTitle));
  };

  it("follows from its source's identity, its status and its section title", () => {
    const identity = identityFor("source 1", "published", "World");
    assert.ok(identity);
    assert.equal(identityFor("source 1", "published", "World"), identity);
    assert.notEqual(identityFor("source 2", "published", "World"), identity);
    assert.notEqual(identityFor("source 1", "draft", "World"), identity);
    assert.notEqual(identityFor("source 1", "published", "Sport"), identity);
  });

  it("is absent when its source has none", () => {
    assert.equal(identityFor(undefined, "published", "World"), undefined);
  });
});
