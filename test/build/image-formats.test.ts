import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { buildFixture, fixture } from "../helpers/site.ts";

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" }).map((file) => path.join(folder, file));
}

describe("site.json images.formats", () => {
  it("writes only the formats it names: a WebP source and the JPEG <img>, and no AVIF file", async () => {
    const site = await buildFixture(fixture("image-formats"));
    const page = site.page("/world/pier/");
    const pictures = page.querySelectorAll("picture");
    assert.equal(pictures.length, 2, "the lead image and the body image");
    for (const picture of pictures) {
      assert.deepEqual(
        picture.querySelectorAll("source").map((source) => source.getAttribute("type")),
        ["image/webp"],
      );
      assert.match(picture.querySelector("img")?.getAttribute("src") ?? "", /^\/img\/[\w-]+-\d+\.jpeg$/);
    }
    const images = filesUnder(path.join(site.output, "img"));
    assert.ok(images.some((file) => file.endsWith(".webp")) && images.some((file) => file.endsWith(".jpeg")));
    assert.deepEqual(
      filesUnder(site.output).filter((file) => file.endsWith(".avif")),
      [],
    );
  });
});
