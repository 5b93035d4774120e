import { EncodedText, textHash, type StoredText } from "../util/text-store.ts";
import type { BodyImage, Heading, RenderedBody } from "./render.ts";

/**
 * A rendered body as the build uses it: the HTML and the plain text as stored texts, their hashes
 * known and decoded only when read, so that a body taken from the render cache reaches the build's
 * text store, and a page's fingerprint, without ever becoming a string.
 */
export interface BodyRendering {
  html: StoredText;
  text: StoredText;
  words: number;
  headings: Heading[];
  idConflicts: string[];
  images: BodyImage[];
}

/** The small fields, written before the two texts. */
interface Header {
  words: number;
  headings: Heading[];
  idConflicts: string[];
  images: BodyImage[];
  htmlHash: string;
  textHash: string;
  htmlBytes: number;
}

/**
 * One rendering as one byte string, as the render cache keeps it and the render threads send it:
 * the header's length (4 bytes), the header (JSON), then the HTML and the text as UTF-8. Each text
 * is hashed once, here, where it is made.
 */
export function encodeRendering(body: RenderedBody): Uint8Array {
  const html = Buffer.from(body.html, "utf8");
  const text = Buffer.from(body.text, "utf8");
  const { words, headings, idConflicts, images } = body;
  const fields: Header = {
    words,
    headings,
    idConflicts,
    images,
    htmlHash: textHash(html),
    textHash: textHash(text),
    htmlBytes: html.length,
  };
  const header = Buffer.from(JSON.stringify(fields), "utf8");
  // A buffer of its own, not a slice of Node's shared pool: a thread that sends it copies the whole
  // buffer behind it.
  const bytes = Buffer.allocUnsafeSlow(4 + header.length + html.length + text.length);
  bytes.writeUInt32LE(header.length, 0);
  header.copy(bytes, 4);
  html.copy(bytes, 4 + header.length);
  text.copy(bytes, 4 + header.length + html.length);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The rendering `encodeRendering` made; its texts are views of `bytes`. Throws on bytes it did not make. */
export function decodeRendering(bytes: Uint8Array): BodyRendering {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerEnd = 4 + (view.length >= 4 ? view.readUInt32LE(0) : Number.POSITIVE_INFINITY);
  if (headerEnd > view.length) throw new TypeError("not an encoded rendering: its header is cut short");
  const header = JSON.parse(view.toString("utf8", 4, headerEnd)) as Header;
  const htmlEnd = headerEnd + header.htmlBytes;
  if (!(htmlEnd <= view.length)) throw new TypeError("not an encoded rendering: its HTML is cut short");
  return {
    html: new EncodedText(header.htmlHash, view.subarray(headerEnd, htmlEnd)),
    text: new EncodedText(header.textHash, view.subarray(htmlEnd)),
    words: header.words,
    headings: header.headings,
    idConflicts: header.idConflicts,
    images: header.images,
  };
}

/** A fresh rendering in the form the build uses (the preview's edited articles, builds without a cache). */
export function asRendering(body: RenderedBody | Uint8Array): BodyRendering {
  return decodeRendering(body instanceof Uint8Array ? body : encodeRendering(body));
}
