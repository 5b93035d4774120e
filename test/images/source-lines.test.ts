import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { imageUseLine } from "../../src/images/source-lines.ts";
import { temporaryFolder } from "../helpers/site.ts";

function article(body: string[]): string {
  const file = path.join(temporaryFolder(), "story.md");
  writeFileSync(file, ["---", "title: Photos", "date: 2026-11-30", "section: world", "---", "", ...body, ""].join("\n"));
  return file;
}

describe("imageUseLine", () => {
  it("finds the line that shows an inline image", async () => {
    assert.equal(await imageUseLine(article(["Text.", "", "![](/images/pier.jpg)"]), "/images/pier.jpg"), 9);
  });

  it("finds the line that uses a reference-style image, whatever the label's case, not its definition", async () => {
    const body = ["Intro.", "", "![][FIG1] and more", "", "Text.", "", '[fig1]: /images/pier.jpg "The pier"'];
    assert.equal(await imageUseLine(article(body), "/images/pier.jpg"), 9);
    assert.equal(await imageUseLine(article(["![pier]", "", "[pier]: </images/pier.jpg>"]), "/images/pier.jpg"), 7);
  });

  it("falls back to the definition, and to line 1 when the image is nowhere in the body", async () => {
    assert.equal(await imageUseLine(article(["No use of it.", "", "[fig1]: /images/pier.jpg"]), "/images/pier.jpg"), 9);
    assert.equal(await imageUseLine(article(["Nothing."]), "/images/pier.jpg"), 1);
  });
});
