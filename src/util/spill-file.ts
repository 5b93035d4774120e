import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

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
    return readAt(this.#fd, offset, length, "the spill file");
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

/** `length` bytes of the open file `fd` from `offset`; throws, naming `what`, when the file ends first. */
export function readAt(fd: number, offset: number, length: number, what: string): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const read = readSync(fd, bytes, done, length - done, offset + done);
    if (read === 0) throw new Error(`${what} ends before the bytes asked for`);
    done += read;
  }
  return bytes;
}
