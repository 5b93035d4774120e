import slugifyText from "@sindresorhus/slugify";
import fc from "fast-check";
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MAX_SLUG_LENGTH, shortSlug, slugFromFileName, slugify, slugifyName } from "../../src/urls/slug.ts";

const library = (text: string) => slugifyText(text, { decamelize: false });
const asciiText = fc.string({ unit: fc.constantFrom(..."aZ9 -_'ts.,!?&^`\\/:()\t\n".split("")), maxLength: 40 });
const anyText = fc.string({ unit: "binary", maxLength: 30 });

describe("slugify", () => {
  it("gives exactly the library's slug for plain ASCII text, the fast path", () => {
    fc.assert(
      fc.property(asciiText, (text) => assert.equal(slugify(text), library(text))),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => assert.equal(slugify(text), library(text))),
      { numRuns: 400 },
    );
  });

  it("gives exactly the library's slug for any Unicode text", () => {
    fc.assert(
      fc.property(anyText, (text) => assert.equal(slugify(text), library(text))),
      { numRuns: 200 },
    );
  });

  it("transliterates, spells out ampersands and keeps contractions whole", () => {
    assert.equal(slugify("Błaszczak wins"), "blaszczak-wins");
    assert.equal(slugify("Fish & Chips"), "fish-and-chips");
    assert.equal(slugify("Don't stop: it's -- 2026!"), "dont-stop-its-2026");
  });

  it("gives names the same slug when remembered as when made afresh, asked once or many times", () => {
    const names = fc.array(fc.constantFrom("Maren Okafor", "maren okafor", "Błaszczak", "Fish & Chips", "", "!!"), { maxLength: 20 });
    fc.assert(
      fc.property(fc.array(fc.oneof(anyText, asciiText)), names, (texts, repeated) => {
        for (const name of [...texts, ...repeated, ...texts]) assert.equal(slugifyName(name), slugify(name));
      }),
      { numRuns: 100 },
    );
  });

  it("drops the leading date of a file name", () => {
    assert.equal(slugFromFileName("articles/world/2026-11-20-Harbour-Strike.md"), "harbour-strike");
  });

  it("cuts a long slug at a hyphen to at most 80 characters, keeping a whole-word prefix", () => {
    const words = fc.array(fc.stringMatching(/^[a-z0-9]{1,12}$/), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(words, (parts) => {
        const slug = parts.join("-");
        const cut = shortSlug(slug);
        assert.ok(cut.length <= MAX_SLUG_LENGTH && cut.length > 0);
        assert.ok(slug === cut || slug.startsWith(`${cut}-`), `${cut} is whole words of ${slug}`);
      }),
      { numRuns: 300 },
    );
    assert.equal(shortSlug("a".repeat(300)), "a".repeat(80));
    assert.equal(slugifyName(`${"Harbour ".repeat(20)}`).length <= MAX_SLUG_LENGTH, true);
  });
});
