import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { asRendering } from "../../src/markdown/body-rendering.ts";
import { textsInMemory } from "../../src/util/text-store.ts";
import { toArticle } from "../../src/articles/article.ts";
import { DerivedArticles } from "../../src/articles/derived-articles.ts";
import type { ArticleSource } from "../../src/articles/load.ts";
import { testSource } from "../helpers/articles.ts";

const source = (): ArticleSource => testSource({ date: new Date("2026-01-01T00:00:00Z") });

describe("DerivedArticles, the preview's memory of derived articles", () => {
  const inputs = { status: "published" as const, sectionTitle: "World", renderer: ["video.example"] };
  const counting = () => {
    let calls = 0;
    const make =
      (from: ArticleSource, sectionTitle = "World") =>
      () => {
        calls += 1;
        return {
          article: toArticle(
            from,
            asRendering({ html: "<p>Text.</p>", text: "Text.", words: 1, headings: [], idConflicts: [], images: [] }),
            "published",
            sectionTitle,
          ),
          text: textsInMemory().put("Text."),
          idConflicts: [],
        };
      };
    return { make, calls: () => calls };
  };

  it("derives an article once while its source object and inputs stay the same", () => {
    const derived = new DerivedArticles();
    const { make, calls } = counting();
    const from = source();
    const first = derived.derive(from, inputs, make(from));
    assert.equal(derived.derive(from, { ...inputs, renderer: ["video.example"] }, make(from)), first);
    assert.equal(calls(), 1);
  });

  it("derives again for another source object, status, section title or renderer option", () => {
    const derived = new DerivedArticles();
    const { make, calls } = counting();
    const from = source();
    derived.derive(from, inputs, make(from));
    derived.derive(source(), inputs, make(from));
    derived.derive(from, { ...inputs, status: "draft" }, make(from));
    derived.derive(from, { ...inputs, sectionTitle: "Abroad" }, make(from, "Abroad"));
    derived.derive(from, { ...inputs, renderer: [] }, make(from));
    assert.equal(calls(), 5);
  });
});
