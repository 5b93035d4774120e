import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, it } from "node:test";
import { tmpdir } from "node:os";
import path from "node:path";
import { ENCODER_SETTINGS } from "../../src/images/encoder-settings.ts";
import { eleventyImageOptions, imageCacheFolder, processImage } from "../../src/images/responsive.ts";
import { cacheFromEnvironment } from "../helpers/build-cache.ts";
import { fixture } from "../helpers/site.ts";

const PIER = fixture("reader-basic/images/pier.jpg");

describe("processImage", () => {
  it("makes AVIF and WebP sources and a JPEG fallback, never wider than the original", async () => {
    const { picture, files } = await processImage(PIER, cacheFromEnvironment());
    assert.deepEqual(
      picture.sources.map((source) => source.type),
      ["image/avif", "image/webp"],
    );
    assert.equal(picture.width, 640);
    assert.equal(picture.height, 400);
    assert.match(picture.src, /^\/img\/[\w-]+-640\.jpeg$/);
    assert.deepEqual(
      picture.srcset.split(", ").map((candidate) => candidate.split(" ")[1]),
      ["480w", "640w"],
    );
    assert.ok(files.length === 6 && files.every((file) => existsSync(file.file)));
  });

  it("writes only the formats asked for, listed in the pages' order whatever order they are given in", async () => {
    const all = await processImage(PIER, cacheFromEnvironment());
    const { picture, files } = await processImage(PIER, cacheFromEnvironment(), ["jpeg", "webp"]);
    assert.deepEqual(
      picture.sources.map((source) => source.type),
      ["image/webp"],
    );
    assert.match(picture.src, /\.jpeg$/);
    assert.deepEqual(files.map((file) => path.extname(file.url)).sort(), [".jpeg", ".jpeg", ".webp", ".webp"]);
    assert.deepEqual(picture.sources[0], all.picture.sources[1]);
  });

  it("names its files by content, so the same image gives the same URLs every build", async () => {
    const [first, second] = [await processImage(PIER, cacheFromEnvironment()), await processImage(PIER, cacheFromEnvironment())];
    assert.deepEqual(first.picture, second.picture);
  });

  it("keeps its files in the build cache folder, so that the one folder a CI keeps holds the images too", async () => {
    const { files } = await processImage(PIER, cacheFromEnvironment());
    const cache = process.env.NEWSROOM_CACHE_DIR;
    assert.ok(files.every((file) => file.file.startsWith(imageCacheFolder(cacheFromEnvironment()) + path.sep)));
    if (cache && cache !== "off") assert.equal(imageCacheFolder(cacheFromEnvironment()), path.join(path.resolve(cache), "images"));
    else if (cache === "off") assert.ok(imageCacheFolder(cacheFromEnvironment()).startsWith(tmpdir()));
    else assert.equal(imageCacheFolder(cacheFromEnvironment()), path.resolve(".cache/newsroom/images"));
  });

  it("without a build cache, encodes into a temporary folder that goes when the process exits", () => {
    const script = [
      `import { processImage } from ${JSON.stringify(path.resolve("src/images/responsive.ts"))};`,
      `const { files } = await processImage(${JSON.stringify(PIER)}, undefined);`,
      "console.log(JSON.stringify(files.map((file) => file.file)));",
    ].join("\n");
    const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" });
    assert.equal(child.status, 0, child.stderr);
    const files = JSON.parse(child.stdout) as string[];
    assert.equal(files.length, 6);
    assert.ok(files.every((file) => file.startsWith(tmpdir())));
    assert.deepEqual(
      files.filter((file) => existsSync(path.dirname(file))),
      [],
    );
  });

  it("asks eleventy-img for the chosen encoder settings, which are part of the images store's key", () => {
    const options = eleventyImageOptions(undefined);
    assert.deepEqual(options.sharpAvifOptions, ENCODER_SETTINGS.avif);
    assert.deepEqual(options.sharpWebpOptions, ENCODER_SETTINGS.webp);
    assert.deepEqual(options.sharpJpegOptions, ENCODER_SETTINGS.jpeg);
  });
});
