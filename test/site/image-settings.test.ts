import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { orderedFormats } from "../../src/site/image-settings.ts";
import { siteSchema } from "../../src/site/schema.ts";

const site = (images: unknown) => siteSchema.safeParse({ title: "T", url: "https://example.org", language: "en", images });
const problems = (images: unknown) => site(images).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];
const EXAMPLE = '(expected e.g. "formats": ["webp", "jpeg"])';

describe("site.json images.formats", () => {
  it("is all three formats when absent, and the formats named otherwise", () => {
    assert.equal(site(undefined).data?.images, undefined);
    assert.deepEqual(site({}).data?.images, { formats: ["avif", "webp", "jpeg"] });
    assert.deepEqual(site({ formats: ["webp", "jpeg"] }).data?.images, { formats: ["webp", "jpeg"] });
    assert.deepEqual(site({ formats: ["jpeg"] }).data?.images, { formats: ["jpeg"] });
  });

  it("refuses a list without jpeg, the fallback every browser shows", () => {
    assert.deepEqual(problems({ formats: ["avif", "webp"] }), [
      `images.formats: has no "jpeg", the fallback every browser shows ${EXAMPLE}`,
    ]);
    assert.deepEqual(problems({ formats: [] }), [`images.formats: has no "jpeg", the fallback every browser shows ${EXAMPLE}`]);
  });

  it("refuses a format it cannot write, a format named twice, a single string and an unknown field", () => {
    assert.deepEqual(problems({ formats: ["png", "jpeg"] }), [
      "images.formats.0: is not an image format (expected one of avif, webp, jpeg)",
    ]);
    assert.deepEqual(problems({ formats: ["webp", "jpeg", "webp"] }), [`images.formats: names "webp" twice ${EXAMPLE}`]);
    assert.deepEqual(problems({ formats: "jpeg" }), [`images.formats: is not a list of formats ${EXAMPLE}`]);
    assert.deepEqual(problems({ format: ["jpeg"] }), ['images: has an unknown field "format" (expected only "formats")']);
  });

  it("orders the formats as pages list them, smallest files first", () => {
    assert.deepEqual(orderedFormats(["jpeg", "avif"]), ["avif", "jpeg"]);
    assert.deepEqual(orderedFormats(undefined), ["avif", "webp", "jpeg"]);
  });
});
