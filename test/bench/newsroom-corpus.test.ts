import assert from "node:assert/strict";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { after, describe, it } from "node:test";
import sharp from "sharp";
import { wordCount } from "../../bench/newsroom-bodies.ts";
import { ensureNewsroomCorpus, newsroomArticle } from "../../bench/newsroom-corpus.ts";
import { prng } from "../../bench/corpus.ts";
import { runCli, temporaryFolder } from "../helpers/site.ts";

const SIZE = 8;
const files = (folder: string, ending: string) =>
  readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(ending))
    .sort();

describe("the newsroom benchmark corpus", () => {
  const root = temporaryFolder();
  const dir = ensureNewsroomCorpus(root, SIZE);
  // Each photo is megabytes.
  after(() => rmSync(root, { recursive: true, force: true }));

  it("passes npm run check without errors or warnings", () => {
    const result = runCli("src/cli/check.ts", [`--input=${dir}`]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, new RegExp(`Checked ${SIZE} articles .*: 0 errors, 0 warnings\\.`));
  });

  it("gives most articles a lead photo of press size, each one different", async () => {
    const photos = files(path.join(dir, "images"), ".jpg");
    const referenced = files(path.join(dir, "articles"), ".md").filter((file) =>
      readFileSync(path.join(dir, "articles", file), "utf8").includes("\nimage:\n  src: /images/"),
    );
    assert.equal(photos.length, referenced.length);
    assert.ok(photos.length >= SIZE / 2, `${photos.length} photos for ${SIZE} articles`);
    const sizes = new Set<number>();
    for (const photo of photos) {
      const { width = 0, height = 0, format } = await sharp(path.join(dir, "images", photo)).metadata();
      assert.equal(format, "jpeg");
      assert.ok(width >= 2000 && width <= 4000, `${photo} is ${width} px wide`);
      assert.ok(
        [3 / 2, 4 / 3, 16 / 9].some((ratio) => Math.abs(width / height - ratio) < 0.01),
        `${photo} is ${width}×${height}`,
      );
      sizes.add(statSync(path.join(dir, "images", photo)).size);
    }
    assert.equal(sizes.size, photos.length);
  });

  it("is reused as it is and written the same way again", () => {
    const before = statSync(path.join(dir, ".generated")).mtimeMs;
    assert.equal(ensureNewsroomCorpus(root, SIZE), dir);
    assert.equal(statSync(path.join(dir, ".generated")).mtimeMs, before);
    const first = newsroomArticle(3, SIZE);
    assert.equal(readFileSync(path.join(dir, first.relative), "utf8"), first.text);
  });

  it("shares the articles and photos with the formats variant by hard link, with its own site.json", () => {
    const variant = ensureNewsroomCorpus(root, SIZE, { formats: ["webp", "jpeg"] });
    assert.equal(path.basename(variant), `newsroom-${SIZE}-webp-jpeg`);
    const photo = files(path.join(dir, "images"), ".jpg")[0] ?? "";
    assert.equal(statSync(path.join(variant, "images", photo)).ino, statSync(path.join(dir, "images", photo)).ino);
    const site = JSON.parse(readFileSync(path.join(variant, "_data", "site.json"), "utf8"));
    assert.deepEqual(site.images, { formats: ["webp", "jpeg"] });
  });
});

describe("newsroom word counts", () => {
  it("stay between 100 and 20,000, mostly between 300 and 1,500, with a few long reads", () => {
    const random = prng(1);
    const counts = Array.from({ length: 5000 }, () => wordCount(random));
    assert.ok(counts.every((count) => count >= 100 && count <= 20_000));
    const usual = counts.filter((count) => count >= 300 && count <= 1500).length / counts.length;
    assert.ok(usual > 0.7 && usual < 0.9, `${usual} between 300 and 1,500`);
    assert.ok(counts.some((count) => count > 10_000));
  });
});
