import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ArticleSource } from "../../src/articles/load.ts";
import { checkLeadImages } from "../../src/images/check-images.ts";
import { fixture, PROJECT_ROOT } from "../helpers/site.ts";
import { testSource } from "../helpers/articles.ts";

const withImage = (src: string | undefined): ArticleSource =>
  testSource({
    date: new Date("2026-01-01T00:00:00Z"),
    file: "test/fixtures/reader-missing-image/articles/2026-03-01-missing-photo.md",
    ...(src === undefined ? {} : { image: { src, alt: "A photo" } }),
  });

describe("checking lead images without processing them", () => {
  const check = (src: string | undefined, inputDir = fixture("reader-basic")) =>
    checkLeadImages([withImage(src)], { inputDir, cwd: PROJECT_ROOT }).then((issues) =>
      issues.map((issue) => `${issue.line} ${issue.field}: ${issue.message}`),
    );

  it("accepts an existing file under images/, an https URL, and an article without an image", async () => {
    assert.deepEqual(await check("/images/pier.jpg"), []);
    assert.deepEqual(await check("https://photos.example.com/a.jpg"), []);
    assert.deepEqual(await check(undefined), []);
  });

  it("reports a missing file and a path outside images/ on the src line", async () => {
    assert.deepEqual(await check("/images/gone.jpg"), [
      '8 image.src: "/images/gone.jpg" not found (expected a file under test/fixtures/reader-basic/images/)',
    ]);
    assert.match((await check("/../_data/site.json"))[0] ?? "", /^8 image\.src: "\/\.\.\/_data\/site\.json" is outside images\//);
  });
});
