import fc from "fast-check";
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import readingTime from "reading-time";
import { minutesToRead, readingTimeLabel, readingWordCount } from "../../src/articles/reading-time.ts";

/** As the build computes it: words counted when the Markdown is rendered, minutes when the article is made. */
const readingMinutes = (text: string) => minutesToRead(readingWordCount(text));

const library = (text: string) => Math.max(1, Math.ceil(readingTime(text).minutes));
const words = fc.array(
  fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom(" ", "\n", "\t", "\r\n", "  ", "—", "日本", "ひらがな", "한국")),
  {
    maxLength: 900,
  },
);

describe("readingMinutes", () => {
  it("rounds reading-time's minutes up, at least one, for any text", () => {
    fc.assert(
      fc.property(words, (parts) => assert.equal(readingMinutes(parts.join(" ")), library(parts.join(" ")))),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 3000 }), (text) => assert.equal(readingMinutes(text), library(text))),
      { numRuns: 200 },
    );
  });

  it("counts 200 words a minute", () => {
    assert.equal(readingMinutes("word ".repeat(200)), 1);
    assert.equal(readingMinutes("word ".repeat(201)), 2);
    assert.equal(readingMinutes(""), 1);
  });

  it("labels one minute in the singular", () => {
    assert.equal(readingTimeLabel(1), "Estimated reading time: 1 minute");
    assert.equal(readingTimeLabel(3), "Estimated reading time: 3 minutes");
  });
});
