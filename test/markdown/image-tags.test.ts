import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { bodyImages, imageAttributes } from "../../src/markdown/image-tags.ts";

describe("bodyImages", () => {
  it("finds every img with its alt text in order, decoding escaped attributes", () => {
    const html = '<p><img src="/images/a.jpg" alt="A &amp; B"></p><p>Text <img src="https://x.example/b.png" alt=""></p>';
    assert.deepEqual(bodyImages(html), [
      { src: "/images/a.jpg", alt: "A & B" },
      { src: "https://x.example/b.png", alt: "" },
    ]);
    assert.equal(imageAttributes('<img src="/a.jpg" alt="A &amp; &quot;B&quot;">').get("alt"), 'A & "B"');
  });
});
