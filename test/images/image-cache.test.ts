import { createHash } from "node:crypto";
import type { ImageMetadata } from "@11ty/eleventy-img";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import sharp from "sharp";
import { generateOnce, type ImageStore } from "../../src/images/image-cache.ts";
import { fixture, PROJECT_ROOT, runCli, temporaryFolder } from "../helpers/site.ts";

/** A generator that writes `files` into its output folder, as eleventy-img does, failing after them when told to. */
function generator(files: Record<string, string>, fail = false) {
  let calls = 0;
  const generate = async (outputDir: string): Promise<ImageMetadata> => {
    calls += 1;
    const entries = Object.entries(files).map(([name, bytes]) => {
      writeFileSync(path.join(outputDir, name), bytes);
      return {
        format: "jpeg",
        width: 10,
        height: 10,
        url: `/img/${name}`,
        srcset: "",
        sourceType: "image/jpeg",
        filename: name,
        outputPath: path.join(outputDir, name),
      };
    });
    if (fail) throw new Error("pngload_buffer: end of stream");
    return { jpeg: entries };
  };
  return { generate, calls: () => calls };
}

function sourceImage(): { source: string; cacheDir: string } {
  const folder = temporaryFolder("newsroom-image-cache-");
  const source = path.join(folder, "photo.png");
  writeFileSync(source, randomBytes(64));
  const cacheDir = path.join(folder, "cache");
  mkdirSync(cacheDir);
  return { source, cacheDir };
}

/** Another process's view: this one remembers results while the source's size and time are unchanged. */
function touch(file: string, seconds: number): void {
  utimesSync(file, new Date(seconds * 1000), new Date(seconds * 1000));
}

/** A store in `folder` whose keys are a plain hash of their parts, reading a source for its hash every time. */
function storeAt(folder: string): ImageStore {
  return {
    folder,
    key: (...parts) => parts.reduce((hash, part) => hash.update("\0").update(part), createHash("sha256")).digest("hex"),
    hashOf: (file) => createHash("sha256").update(readFileSync(file)).digest("hex"),
  };
}

describe("generateOnce, the image cache", () => {
  it("keeps nothing from a run that failed half-way, so the next run fails too", async () => {
    const { source, cacheDir } = sourceImage();
    const failing = generator({ "a-480.jpeg": "half" }, true);
    await assert.rejects(generateOnce(source, storeAt(cacheDir), "options", failing.generate), /end of stream/);
    assert.deepEqual(
      readdirSync(cacheDir).filter((name) => name !== "records"),
      [],
    );
    assert.deepEqual(readdirSync(path.join(cacheDir, "records")), []);
    touch(source, 1000);
    await assert.rejects(generateOnce(source, storeAt(cacheDir), "options", failing.generate), /end of stream/);
    assert.equal(failing.calls(), 2);
  });

  it("reuses a whole run's files, and makes them again when one was cut short since", async () => {
    const { source, cacheDir } = sourceImage();
    const good = generator({ "a-480.jpeg": "four", "a-960.jpeg": "eight!!!" });
    const first = await generateOnce(source, storeAt(cacheDir), "options", good.generate);
    assert.equal(first.jpeg?.[0]?.outputPath, path.join(cacheDir, "a-480.jpeg"));
    touch(source, 1000);
    await generateOnce(source, storeAt(cacheDir), "options", good.generate);
    assert.equal(good.calls(), 1, "the record was trusted");
    truncateSync(path.join(cacheDir, "a-960.jpeg"), 2);
    touch(source, 2000);
    await generateOnce(source, storeAt(cacheDir), "options", good.generate);
    assert.equal(good.calls(), 2, "a file of the wrong size is not trusted");
  });

  it("makes the files again when one was rewritten in place since, even at its size", async () => {
    const { source, cacheDir } = sourceImage();
    const good = generator({ "a-480.jpeg": "four" });
    await generateOnce(source, storeAt(cacheDir), "options", good.generate);
    // What an optimiser run over the output does to a published image hard-linked from the cache.
    writeFileSync(path.join(cacheDir, "a-480.jpeg"), "FOUR");
    touch(path.join(cacheDir, "a-480.jpeg"), 5000);
    touch(source, 1000);
    const again = await generateOnce(source, storeAt(cacheDir), "options", good.generate);
    assert.equal(good.calls(), 2, "a file with another modification time is not trusted");
    assert.equal(readFileSync(again.jpeg![0]!.outputPath, "utf8"), "four");
  });

  it("finds its files in a cache folder moved to another path since, as a CI restores one", async () => {
    const { source, cacheDir } = sourceImage();
    const good = generator({ "a-480.jpeg": "four" });
    await generateOnce(source, storeAt(cacheDir), "options", good.generate);
    const moved = `${cacheDir}-restored`;
    renameSync(cacheDir, moved);
    touch(source, 1000);
    const read = await generateOnce(source, storeAt(moved), "options", good.generate);
    assert.equal(good.calls(), 1, "the record was trusted");
    assert.equal(read.jpeg?.[0]?.outputPath, path.join(moved, "a-480.jpeg"));
  });

  it("trusts a record without times by size once, and from then on by size and time", async () => {
    const { source, cacheDir } = sourceImage();
    const good = generator({ "a-480.jpeg": "four" });
    await generateOnce(source, storeAt(cacheDir), "options", good.generate);
    const [recordName] = readdirSync(path.join(cacheDir, "records"));
    const recordFile = path.join(cacheDir, "records", recordName!);
    const { modified, ...untimed } = JSON.parse(readFileSync(recordFile, "utf8")) as { modified: unknown };
    assert.ok(modified, "a record keeps its files' times");
    writeFileSync(recordFile, JSON.stringify(untimed));
    touch(source, 1000);
    await generateOnce(source, storeAt(cacheDir), "options", good.generate);
    assert.equal(good.calls(), 1, "the untimed record was trusted");
    assert.ok((JSON.parse(readFileSync(recordFile, "utf8")) as { modified?: unknown }).modified, "and given its files' times");
    touch(path.join(cacheDir, "a-480.jpeg"), 5000);
    touch(source, 2000);
    await generateOnce(source, storeAt(cacheDir), "options", good.generate);
    assert.equal(good.calls(), 2);
  });
});

describe("a truncated lead image", () => {
  it("fails every build with the same message, not only the first", async () => {
    const root = temporaryFolder("newsroom-truncated-");
    const content = path.join(root, "content");
    cpSync(fixture("hardening-base"), content, { recursive: true });
    mkdirSync(path.join(content, "images"));
    // Unique bytes, so that no earlier run's files for the same picture can be in the shared cache.
    const { data, info } = await sharp(path.join(PROJECT_ROOT, "content/images/harbour-dredger.jpg"))
      .resize(300)
      .raw()
      .toBuffer({ resolveWithObject: true });
    randomBytes(16).copy(data);
    const png = await sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
      .png()
      .toBuffer();
    writeFileSync(path.join(content, "images/broken.png"), png.subarray(0, Math.floor(png.length * 0.05)));
    writeFileSync(
      path.join(content, "articles/news/photo.md"),
      "---\ntitle: Photo\ndate: 2026-01-02T09:00:00Z\nsection: news\nimage:\n  src: /images/broken.png\n  alt: A harbour dredger\n---\n\nText.\n",
    );
    const builds = [1, 2].map(() => runCli("src/cli/build.ts", ["--input=content", "--output=site"], {}, root));
    for (const build of builds) {
      assert.equal(build.status, 1, build.stderr);
      assert.match(
        build.stderr,
        /^content\/articles\/news\/photo\.md:6: image\.src: "\/images\/broken\.png" could not be read as an image: .+ \(expected a JPEG, PNG, WebP, AVIF, GIF or SVG file\)$/m,
      );
    }
    assert.equal(builds[1]?.stderr, builds[0]?.stderr);
  });

  it("gives the same metadata, and so the same HTML, whether it makes the files or reads them from the cache", async () => {
    const Image = (await import("@11ty/eleventy-img")).default;
    const { source, cacheDir } = sourceImage();
    cpSync(fixture("reader-basic/images/pier.jpg"), source);
    const generate = (outputDir: string) => Image(source, { widths: [480], formats: ["webp", "jpeg"], outputDir, useCache: false });
    const html = (metadata: ImageMetadata) => Image.generateHTML(metadata, { alt: "A pier", loading: "lazy" });
    const made = await generateOnce(source, storeAt(cacheDir), "options", generate);
    touch(source, 1_000_000);
    const read = await generateOnce(source, storeAt(cacheDir), "options", async () => assert.fail("the record is read"));
    assert.equal(html(made), html(read));
    assert.match(html(made), /^<picture><source type="image\/webp"/);
  });
});
