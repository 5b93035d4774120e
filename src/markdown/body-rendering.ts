import { EncodedText, TextInRange, textHash, type ByteRange, type StoredText } from "../util/text-store.ts";
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

/** Bytes read at once from a rendering left in a file: its length and, mostly, all its header. */
const HEADER_READ = 2_048;

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

/**
 * The rendering `encodeRendering` made: its texts are views of `bytes`, or, for bytes left in a
 * file (a `ByteRange` of the render cache), ranges of it read only when a text is asked for.
 * Throws on bytes it did not make.
 */
export function decodeRendering(bytes: Uint8Array | ByteRange): BodyRendering {
  const length = bytes instanceof Uint8Array ? bytes.byteLength : bytes.length;
  const read = (start: number, end: number): Buffer =>
    bytes instanceof Uint8Array ? Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start) : bytes.read(start, end - start);
  const kept = bytes instanceof Uint8Array ? undefined : bytes.meta;
  const { text: headerText, headerEnd } =
    kept === undefined ? readHeader(length, read) : { text: kept, headerEnd: 4 + Buffer.byteLength(kept) };
  if (headerEnd > length) throw new TypeError("not an encoded rendering: its header is cut short");
  const header = JSON.parse(headerText) as Header;
  const htmlEnd = headerEnd + header.htmlBytes;
  if (!(htmlEnd <= length)) throw new TypeError("not an encoded rendering: its HTML is cut short");
  const text = (hash: string, start: number, end: number) =>
    bytes instanceof Uint8Array ? new EncodedText(hash, read(start, end)) : new TextInRange(hash, bytes, start, end - start);
  return {
    html: text(header.htmlHash, headerEnd, htmlEnd),
    text: text(header.textHash, htmlEnd, length),
    words: header.words,
    headings: header.headings,
    idConflicts: header.idConflicts,
    images: header.images,
  };
}

/** The header of an encoded rendering, as text: the render cache keeps it in its index (`ByteRange.meta`), so a hit reads nothing else. */
export function renderingHeader(bytes: Uint8Array): string {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return view.toString("utf8", 4, 4 + view.readUInt32LE(0));
}

/** Reads the header's length and, in the same read mostly, the header. */
function readHeader(length: number, read: (start: number, end: number) => Buffer): { text: string; headerEnd: number } {
  const first = read(0, Math.min(length, HEADER_READ));
  const headerEnd = 4 + (length >= 4 ? first.readUInt32LE(0) : Number.POSITIVE_INFINITY);
  if (headerEnd > length) throw new TypeError("not an encoded rendering: its header is cut short");
  return { text: (headerEnd <= first.length ? first.subarray(4, headerEnd) : read(4, headerEnd)).toString("utf8"), headerEnd };
}

/** A fresh rendering in the form the build uses (the preview's edited articles, builds without a cache). */
export function asRendering(body: RenderedBody | Uint8Array): BodyRendering {
  return decodeRendering(body instanceof Uint8Array ? body : encodeRendering(body));
}
