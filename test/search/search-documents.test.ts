import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { asRendering } from "../../src/markdown/body-rendering.ts";
import { toArticle } from "../../src/articles/article.ts";
import { searchDocuments } from "../../src/search/search-documents.ts";
import { textHash } from "../../src/util/text-store.ts";
import { testSource } from "../helpers/articles.ts";

const article = (slug: string, date: string, summary?: string) => {
  const source = testSource({
    title: `Story ${slug}`,
    date: new Date(date),
    file: `${slug}.md`,
    slug,
    url: `/world/${slug}/`,
    body: "Body.",
    ...(summary ? { summary } : {}),
  });
  return toArticle(
    source,
    asRendering({ html: "<p>Body.</p>", text: `Body of ${slug}.`, words: 3, headings: [], idConflicts: [], images: [] }),
    "published",
    "World",
  );
};

describe("what the search index holds of each article", () => {
  it("lists articles newest first, with headline, section title, shown date, summary excerpt and searchable text", () => {
    const older = article("older", "2026-01-01T09:00:00Z", "An older summary.");
    const newer = article("newer", "2026-02-01T09:00:00Z");
    const bodies = new Map([
      [older.url, "Older body text."],
      [newer.url, "Newer body text."],
    ]);
    const documents = searchDocuments([older, newer], bodies, "en");
    assert.deepEqual(
      documents.map((document) => document.url),
      ["/world/newer/", "/world/older/"],
    );
    assert.deepEqual(documents[1], {
      url: "/world/older/",
      title: "Story older",
      section: "World",
      displayDate: "January 1, 2026",
      dateTime: "2026-01-01T09:00:00Z",
      excerpt: "An older summary.",
      text: "An older summary.\nOlder body text.",
      textKey: `${textHash("An older summary.")}:${textHash("Older body text.")}`,
    });
    assert.equal(documents[0]?.text, "\nNewer body text.");
  });
});
