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
  put(text: string): StoredText;
  /** Lets go of every text; a text read after this throws. */
  close(): void;
}

const hashOf = (text: string) => createHash("sha1").update(text).digest("hex");

class TextInMemory implements StoredText {
  readonly hash: string;
  readonly #text: string;
  constructor(text: string) {
    this.#text = text;
    this.hash = hashOf(text);
  }
  text(): string {
    return this.#text;
  }
  toJSON(): string {
    return this.hash;
  }
}

/** Texts kept as they are: for the preview, whose articles live as long as its process, and for small uses. */
export function textsInMemory(): TextStore {
  return { put: (text) => new TextInMemory(text), close: () => {} };
}

/** One text of `textsInFile`: where it lies in the file, a few dozen bytes whatever its length. */
class TextInFile implements StoredText {
  constructor(
    readonly hash: string,
    private readonly read: (offset: number, length: number) => string,
    private readonly offset: number,
    private readonly length: number,
  ) {}
  text(): string {
    return this.read(this.offset, this.length);
  }
  toJSON(): string {
    return this.hash;
  }
}

/**
 * Texts written to a temporary file as UTF-8 and read back when asked for: a large site's article
 * HTML then costs the build's heap nothing between rendering and the page that shows it. The file
 * is unlinked as soon as it is open, so a killed build leaves nothing behind; where the system
 * cannot unlink an open file, `close` removes it.
 */
export function textsInFile(folder = tmpdir()): TextStore {
  const dir = mkdtempSync(path.join(folder, "newsroom-texts-"));
  const fd = openSync(path.join(dir, "texts"), "w+", 0o600);
  let removed = true;
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    removed = false;
  }
  let end = 0;
  let closed = false;
  const read = (offset: number, length: number) => {
    if (closed) throw new Error("the text store is closed");
    const bytes = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) done += readSync(fd, bytes, done, length - done, offset + done);
    return bytes.toString("utf8");
  };
  return {
    put(text) {
      const bytes = Buffer.from(text, "utf8");
      const offset = end;
      let done = 0;
      while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done, offset + done);
      end += bytes.length;
      return new TextInFile(hashOf(text), read, offset, bytes.length);
    },
    close() {
      if (closed) return;
      closed = true;
      closeSync(fd);
      if (!removed) rmSync(dir, { recursive: true, force: true });
    },
  };
}
