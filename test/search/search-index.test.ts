import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { rankDocuments, searchTerms, shardOf } from "../../layouts/assets/search-core.js";
import { buildSearchIndex, DOCUMENT_CHUNK_SIZE, TermVocabulary, type SearchDocument } from "../../src/search/search-index.ts";
import { SEARCH_INDEX_PATH } from "../../src/urls/urls.ts";

const documentOf = (id: number, title: string, text: string): SearchDocument => ({
  url: `/news/story-${id}/`,
  title,
  section: "News",
  displayDate: "June 1, 2026",
  dateTime: "2026-06-01T00:00:00Z",
  excerpt: `Excerpt ${id}`,
  text,
});

/** Reads the written files back as a browser would fetch them. */
function openIndex(documents: readonly SearchDocument[], shardSplitCharacters?: number) {
  const files = new Map(
    buildSearchIndex(documents, shardSplitCharacters).map((file) => [file.url, JSON.parse(new TextDecoder().decode(file.body))]),
  );
  const meta = files.get(`${SEARCH_INDEX_PATH}meta.json`);
  const split = new Set<string>(meta.split);
  const search = (query: string) =>
    rankDocuments(searchTerms(query), (term) => files.get(`${SEARCH_INDEX_PATH}terms/${shardOf(term, split)}.json`), meta.documents).map(
      ({ id }) => files.get(`${SEARCH_INDEX_PATH}documents/${Math.floor(id / meta.chunkSize)}.json`)[id % meta.chunkSize][0],
    );
  return { files, meta, search };
}

describe("the search index", () => {
  it("lists every shard it writes, and writes every document once in chunks", () => {
    const documents = Array.from({ length: DOCUMENT_CHUNK_SIZE + 3 }, (_, id) => documentOf(id, `Story ${id}`, `word${id} common`));
    const { files, meta } = openIndex(documents);
    const shardFiles = [...files.keys()].filter((url) => url.startsWith(`${SEARCH_INDEX_PATH}terms/`));
    assert.deepEqual(shardFiles.map((url) => url.slice(`${SEARCH_INDEX_PATH}terms/`.length, -".json".length)).sort(), meta.shards);
    assert.equal(meta.documents, documents.length);
    const chunks = [...files.keys()].filter((url) => url.startsWith(`${SEARCH_INDEX_PATH}documents/`)).sort();
    assert.deepEqual(chunks, [`${SEARCH_INDEX_PATH}documents/0.json`, `${SEARCH_INDEX_PATH}documents/1.json`]);
    assert.deepEqual(
      chunks.flatMap((url) => files.get(url).map((row: string[]) => row[0])),
      documents.map((document) => document.url),
    );
  });

  it("finds each document by each of its words, and only documents holding every word of the query", () => {
    const { search } = openIndex([
      documentOf(0, "Harbour reopens", "Fishing boats returned to the harbour."),
      documentOf(1, "Budget vote", "The council voted on the harbour budget."),
      documentOf(2, "Concert review", "An orchestra played."),
    ]);
    assert.deepEqual(search("harbour").sort(), ["/news/story-0/", "/news/story-1/"]);
    assert.deepEqual(search("harbour budget"), ["/news/story-1/"]);
    assert.deepEqual(search("orchestra harbour"), []);
    assert.deepEqual(search("x"), [], "words shorter than two letters find nothing");
  });

  it("ranks a headline match above a body match, and the earlier (newer) document first on a tie", () => {
    const { search } = openIndex([
      documentOf(0, "Council news", "The harbour was busy."),
      documentOf(1, "Harbour plans", "Plans were shown."),
      documentOf(2, "Other news", "The harbour was busy."),
    ]);
    assert.deepEqual(search("harbour"), ["/news/story-1/", "/news/story-0/", "/news/story-2/"]);
  });

  it("matches the beginnings of words of three letters or more, ignoring case and accents", () => {
    const { search } = openIndex([documentOf(0, "Café life", "Zürich's cafés reopened."), documentOf(1, "Cab rank", "Taxis.")]);
    assert.deepEqual(search("ZURICH"), ["/news/story-0/"]);
    assert.deepEqual(search("cafe"), ["/news/story-0/"]);
    assert.deepEqual(search("caf"), ["/news/story-0/"]);
    assert.deepEqual(search("ca"), [], "two letters match whole words only");
  });

  it("splits a large shard by the third letter, and still finds every word and prefix in it", () => {
    const words = ["st", "sta", "stab", "stable", "stack", "steam", "stem", "stone", "story", "stub"];
    const documents = words.map((word, id) => documentOf(id, "Headline", `${word} filler`));
    const { files, meta, search } = openIndex(documents, 40);
    assert.ok(meta.split.includes("73-74"), `split: ${meta.split}`);
    assert.ok(meta.shards.includes("73-74-61") && meta.shards.includes("73-74"), `shards: ${meta.shards}`);
    assert.deepEqual(Object.keys(files.get(`${SEARCH_INDEX_PATH}terms/73-74.json`)), ["st"]);
    words.forEach((word, id) => {
      assert.ok(search(word).includes(`/news/story-${id}/`), word);
    });
    assert.deepEqual(search("sta").sort(), ["/news/story-1/", "/news/story-2/", "/news/story-3/", "/news/story-4/"]);
  });

  it("finds any document by any word of its text (property)", () => {
    const word = fc.stringMatching(/^[a-zà-öø-ÿ]{2,8}$/);
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 20 }), fc.nat(), (texts, pick) => {
        const documents = texts.map((words, id) => documentOf(id, "Headline", words.join(" ")));
        const { search } = openIndex(documents, pick % 3 === 0 ? 50 : undefined);
        const id = pick % documents.length;
        const words = texts[id] ?? [];
        const query = words[pick % words.length] ?? "";
        assert.ok(search(query).includes(`/news/story-${id}/`), `"${query}" finds story ${id}`);
      }),
    );
  });

  it("keeps excerpts and headlines as text: markup in them is data, not HTML", () => {
    const { files } = openIndex([documentOf(0, "</script><img src=x onerror=alert(1)>", "Text.")]);
    const [row] = files.get(`${SEARCH_INDEX_PATH}documents/0.json`);
    assert.equal(row[1], "</script><img src=x onerror=alert(1)>");
  });
});

describe("the term vocabulary", () => {
  it("numbers new terms in the order first seen and gives a known term its number again", () => {
    const vocabulary = new TermVocabulary(["harbour"]);
    assert.deepEqual(
      ["tide", "harbour", "ferry", "tide"].map((term) => vocabulary.numberOf(term)),
      [1, 0, 2, 1],
    );
    assert.deepEqual(vocabulary.terms, ["harbour", "tide", "ferry"]);
  });
});
