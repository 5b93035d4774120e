import { createHash } from "node:crypto";
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

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
export const textHash = (text: string | Uint8Array) => createHash("sha1").update(text).digest("hex");

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
      if (text instanceof EncodedText) return new TextInFile(text.hash, file, file.append(text.bytes), text.bytes.length);
      const bytes = Buffer.from(typeof text === "string" ? text : text.text(), "utf8");
      const hash = typeof text === "string" ? (knownHash ?? textHash(bytes)) : text.hash;
      return new TextInFile(hash, file, file.append(bytes), bytes.length);
    },
    close: () => file.close(),
  };
}

/**
 * An append-only temporary file of byte strings, each read back by its offset and length. The file
 * is unlinked as soon as it is open, so a killed process leaves nothing behind; where the system
 * cannot unlink an open file, `close` removes it. Appends gather in a buffer written out when it
 * fills or when a read needs its bytes: a site's texts are many and short, and one system call
 * each costs more than the copy.
 */
export class SpillFile {
  static readonly BUFFER_BYTES = 1 << 20;
  readonly #fd: number;
  readonly #dir: string;
  readonly #removed: boolean;
  readonly #pending = Buffer.allocUnsafe(SpillFile.BUFFER_BYTES);
  #pendingLength = 0;
  /** Where the bytes written to the file end; the pending ones follow. */
  #written = 0;
  #closed = false;

  constructor(folder = tmpdir()) {
    this.#dir = mkdtempSync(path.join(folder, "newsroom-spill-"));
    this.#fd = openSync(path.join(this.#dir, "spill"), "w+", 0o600);
    let removed = true;
    try {
      rmSync(this.#dir, { recursive: true, force: true });
    } catch {
      removed = false;
    }
    this.#removed = removed;
  }

  /** Adds `bytes` at the end of the file; returns their offset. */
  append(bytes: Uint8Array): number {
    this.#refuseClosed();
    const offset = this.#written + this.#pendingLength;
    if (this.#pendingLength + bytes.length > this.#pending.length) this.#flush();
    if (bytes.length > this.#pending.length) this.#write(bytes);
    else {
      this.#pending.set(bytes, this.#pendingLength);
      this.#pendingLength += bytes.length;
    }
    return offset;
  }

  read(offset: number, length: number): Buffer {
    this.#refuseClosed();
    // An append lies wholly in the file or wholly in the buffer: `append` writes out the buffer
    // before one that would not fit.
    if (offset >= this.#written) return Buffer.from(this.#pending.subarray(offset - this.#written, offset - this.#written + length));
    const bytes = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const read = readSync(this.#fd, bytes, done, length - done, offset + done);
      if (read === 0) throw new Error("the spill file ends before the bytes asked for");
      done += read;
    }
    return bytes;
  }

  #flush(): void {
    if (this.#pendingLength === 0) return;
    const length = this.#pendingLength;
    this.#pendingLength = 0;
    this.#write(this.#pending.subarray(0, length));
  }

  #write(bytes: Uint8Array): void {
    let done = 0;
    while (done < bytes.length) done += writeSync(this.#fd, bytes, done, bytes.length - done, this.#written + done);
    this.#written += bytes.length;
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    closeSync(this.#fd);
    if (!this.#removed) rmSync(this.#dir, { recursive: true, force: true });
  }

  #refuseClosed(): void {
    if (this.#closed) throw new Error("the spill file is closed");
  }
}
