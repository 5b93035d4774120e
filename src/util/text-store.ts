import { hash as hashOnce } from "node:crypto";
import { tmpdir } from "node:os";
import { SpillFile } from "./spill-file.ts";

/**
 * A text kept by a `TextStore`: `text()` gives it back whole. In JSON it is its hash alone, so an
 * object holding one fingerprints by the text's content and never by where the text is kept.
 */
export interface StoredText {
  /** SHA-1 of the text, hex. */
  readonly hash: string;
  text(): string;
  toJSON(): string;
}

/** Where a build keeps long texts it needs again later (articles' HTML), instead of on every object that refers to them. */
export interface TextStore {
  /**
   * Keeps `text`. A text already stored elsewhere keeps its hash; one encoded as UTF-8
   * (`EncodedText`) is copied as its bytes, never decoded. `hash` is a string's `textHash` when
   * it is known already.
   */
  put(text: string | StoredText, hash?: string): StoredText;
  /** Lets go of every text; a text read after this throws. */
  close(): void;
}

/** The hash a `StoredText` carries: of the text's UTF-8 bytes, so a string and its encoding hash alike. */
export const textHash = (text: string | Uint8Array): string => hashOnce("sha1", text, "hex");

class TextInMemory implements StoredText {
  readonly hash: string;
  readonly #text: string;
  constructor(text: string, hash = textHash(text)) {
    this.#text = text;
    this.hash = hash;
  }
  text(): string {
    return this.#text;
  }
  toJSON(): string {
    return this.hash;
  }
}

/**
 * A text as its UTF-8 bytes and their hash, decoded only when asked for: how a cached rendering
 * hands its HTML to a store without making a string of it.
 */
export class EncodedText implements StoredText {
  constructor(
    readonly hash: string,
    readonly bytes: Uint8Array,
  ) {}
  text(): string {
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength).toString("utf8");
  }
  toJSON(): string {
    return this.hash;
  }
}

/** Bytes kept outside the JavaScript heap (a cache file, a spill file), read when asked for. */
export interface ByteRange {
  readonly length: number;
  /** A short text kept beside the bytes and read with the store's index (the render cache: each rendering's header). */
  readonly meta?: string;
  /** `length` bytes from `start` within the range; throws beyond its end. */
  read(start: number, length: number): Buffer;
}

/**
 * A text that lies as UTF-8 in a range of bytes outside the heap, e.g. a rendering in the render
 * cache's file: a `TextStore` keeps it where it is, so an unchanged article's HTML is neither read
 * nor copied unless a page shows it.
 */
export class TextInRange implements StoredText {
  constructor(
    readonly hash: string,
    private readonly range: ByteRange,
    private readonly start: number,
    private readonly length: number,
  ) {}

  text(): string {
    return this.range.read(this.start, this.length).toString("utf8");
  }

  toJSON(): string {
    return this.hash;
  }
}

/** Texts kept as they are: for the preview, whose articles live as long as its process, and for small uses. */
export function textsInMemory(): TextStore {
  return {
    // A decoded copy, so that a kept text never holds on to the larger buffer its bytes came from.
    put: (text, hash) => (typeof text === "string" ? new TextInMemory(text, hash) : new TextInMemory(text.text(), text.hash)),
    close: () => {},
  };
}

/** One text of `textsInFile`: where it lies in the file, a few dozen bytes whatever its length. */
class TextInFile implements StoredText {
  constructor(
    readonly hash: string,
    private readonly file: SpillFile,
    private readonly offset: number,
    private readonly length: number,
  ) {}
  text(): string {
    return this.file.read(this.offset, this.length).toString("utf8");
  }
  toJSON(): string {
    return this.hash;
  }
}

/**
 * Texts written to a temporary file as UTF-8 and read back when asked for: a large site's article
 * HTML then costs the build's heap nothing between rendering and the page that shows it.
 */
export function textsInFile(folder = tmpdir()): TextStore {
  const file = new SpillFile(folder);
  return {
    put(text, knownHash) {
      if (text instanceof TextInRange) return text;
      if (text instanceof EncodedText) return new TextInFile(text.hash, file, file.append(text.bytes), text.bytes.length);
      const bytes = Buffer.from(typeof text === "string" ? text : text.text(), "utf8");
      const hash = typeof text === "string" ? (knownHash ?? textHash(bytes)) : text.hash;
      return new TextInFile(hash, file, file.append(bytes), bytes.length);
    },
    close: () => file.close(),
  };
}
