import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { asRendering, decodeRendering, encodeRendering, renderingHeader } from "../../src/markdown/body-rendering.ts";
import { createMarkdownRenderer, type RenderedBody } from "../../src/markdown/render.ts";
import { textHash, type ByteRange } from "../../src/util/text-store.ts";

const render = createMarkdownRenderer({ embedHosts: [] });
const BODIES = [
  "",
  '## Zoë’s café\n\nA “quoted” line — 東京 🚢.\n\n![The pier](/images/pier.jpg "At dawn")\n',
  `<div id="a">one</div>\n\n<div id="a">two</div>\n\n${"Long body. ".repeat(20_000)}`,
];

const plain = (body: RenderedBody) => ({ ...body });

describe("an encoded rendering", () => {
  it("decodes to the rendering it was made from: texts, words, headings, ids and images", () => {
    for (const markdown of BODIES) {
      const body = render(markdown);
      const decoded = decodeRendering(encodeRendering(body));
      assert.deepEqual(plain({ ...decoded, html: decoded.html.text(), text: decoded.text.text() }), plain(body));
    }
  });

  it("decodes from bytes left in a file, its header from the index or the bytes, reading a text only when asked for", () => {
    for (const markdown of BODIES) {
      const body = render(markdown);
      const bytes = Buffer.from(encodeRendering(body));
      const reads: number[] = [];
      const range = (meta?: string): ByteRange => ({
        length: bytes.length,
        meta,
        read: (start, length) => {
          reads.push(length);
          return bytes.subarray(start, start + length);
        },
      });
      const fromIndex = decodeRendering(range(renderingHeader(bytes)));
      assert.deepEqual(reads, [], "with its header in the index, nothing is read until a text is asked for");
      assert.deepEqual(plain({ ...fromIndex, html: fromIndex.html.text(), text: fromIndex.text.text() }), plain(body));
      const fromBytes = decodeRendering(range());
      assert.deepEqual(plain({ ...fromBytes, html: fromBytes.html.text(), text: fromBytes.text.text() }), plain(body));
      assert.equal(fromBytes.html.hash, textHash(body.html));
    }
  });

  it("carries each text's hash, the one a text store gives the same text", () => {
    const body = render(BODIES[1] ?? "");
    const decoded = decodeRendering(encodeRendering(body));
    assert.equal(decoded.html.hash, textHash(body.html));
    assert.equal(decoded.text.hash, textHash(body.text));
    assert.equal(JSON.stringify(decoded.html), JSON.stringify(textHash(body.html)));
  });

  it("keeps the facts validation needs: the body's images and the ids it gives twice", () => {
    const decoded = asRendering(render(`${BODIES[1]}\n${BODIES[2]}`));
    assert.deepEqual(decoded.images, [{ src: "/images/pier.jpg", alt: "The pier" }]);
    assert.deepEqual(decoded.idConflicts, ["a"]);
  });

  it("is refused when cut short, never read past its end", () => {
    const bytes = encodeRendering(render(BODIES[1] ?? ""));
    for (const length of [0, 3, 10, 40]) assert.throws(() => decodeRendering(bytes.subarray(0, length)));
  });

  it("sits in a buffer of its own, so that a thread sends no more than its bytes", () => {
    const bytes = encodeRendering(render("Short."));
    assert.equal(bytes.buffer.byteLength, bytes.byteLength);
  });
});
