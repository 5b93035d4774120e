import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "node-html-parser";
import { rewriteBodyImages } from "../../src/images/body-images.ts";
import { processImage } from "../../src/images/responsive.ts";
import { cacheFromEnvironment } from "../helpers/build-cache.ts";
import { fixture, temporaryFolder } from "../helpers/site.ts";

describe("rewriteBodyImages", async () => {
  const pier = await processImage(fixture("reader-basic/images/pier.jpg"), cacheFromEnvironment());
  const processed = new Map([["/images/pier.jpg", pier]]);

  it("turns an image alone in a paragraph into a lazy figure captioned by its title", () => {
    const html = rewriteBodyImages(
      '<p><img src="/images/pier.jpg" alt="The pier &lt;north&gt;" title="At dawn &amp; low tide"></p>',
      processed,
    );
    const figure = parse(html).querySelector("figure");
    const img = figure?.querySelector("picture img");
    assert.equal(img?.getAttribute("alt"), "The pier <north>");
    assert.equal(img?.getAttribute("loading"), "lazy");
    assert.equal(img?.getAttribute("width"), "640");
    assert.equal(figure?.querySelector("figcaption")?.text, "At dawn & low tide");
    assert.equal(figure?.querySelectorAll("source").length, 2);
  });

  it("writes the same tag for an image whose sizes were read back from the image cache as for one just made", async () => {
    const { eleventyImage } = await import("../../src/images/eleventy-image.ts");
    const Image = await eleventyImage();
    const made = await Image(fixture("reader-basic/images/pier.jpg"), {
      widths: [480, 960],
      formats: ["webp", "jpeg"],
      outputDir: temporaryFolder(),
      useCache: false,
    });
    // What the image cache keeps is JSON: the hidden options eleventy-img adds do not survive it.
    const readBack = JSON.parse(JSON.stringify(made)) as typeof made;
    const html = (metadata: typeof made) =>
      rewriteBodyImages('<p><img src="/images/pier.jpg" alt="pier"></p>', new Map([["/images/pier.jpg", { ...pier, metadata }]]));
    assert.equal(html(readBack), html(made));
  });

  it("keeps an image inside running text inline and leaves unprocessed images alone", () => {
    const html = rewriteBodyImages(
      '<p>See <img src="/images/pier.jpg" alt="pier"> and <img src="https://x.example/b.png" alt="b"></p>',
      processed,
    );
    const root = parse(html);
    assert.equal(root.querySelector("figure"), null);
    assert.equal(root.querySelectorAll("p picture").length, 1);
    assert.equal(root.querySelector('img[src="https://x.example/b.png"]')?.getAttribute("alt"), "b");
  });
});
