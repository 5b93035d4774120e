import assert from "node:assert/strict";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { copyGeneratedImages } from "../../src/images/copy.ts";
import { temporaryFolder } from "../helpers/site.ts";

function cachedImages() {
  const cache = temporaryFolder();
  const images = ["abc-480.webp", "abc-960.webp"].map((name) => {
    writeFileSync(path.join(cache, name), `bytes of ${name}`);
    return { file: path.join(cache, name), url: `/images/${name}` };
  });
  return { images, output: temporaryFolder() };
}

describe("copyGeneratedImages", () => {
  it("puts each image at its URL as the cached file itself", async () => {
    const { images, output } = cachedImages();
    await copyGeneratedImages(images, output);
    for (const image of images) assert.equal(statSync(path.join(output, image.url)).ino, statSync(image.file).ino);
  });

  it("leaves out the images the output updated in place already has, and only those", async () => {
    const { images, output } = cachedImages();
    const asked: string[] = [];
    const kept = statSync(images[0]!.file).ino;
    await copyGeneratedImages(images, output, {
      published: (relative, inode) => {
        asked.push(relative);
        return inode === kept;
      },
    });
    assert.deepEqual(asked.sort(), ["images/abc-480.webp", "images/abc-960.webp"]);
    assert.ok(!existsSync(path.join(output, "images/abc-480.webp")));
    assert.equal(readFileSync(path.join(output, "images/abc-960.webp"), "utf8"), "bytes of abc-960.webp");
  });

  it("refuses an image URL that leaves the output folder", async () => {
    const { output } = cachedImages();
    await assert.rejects(copyGeneratedImages([{ file: "/etc/hostname", url: "/../escape.webp" }], output), /outside the output folder/);
  });
});
