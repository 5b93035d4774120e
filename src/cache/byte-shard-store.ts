import { closeSync, fstatSync, mkdirSync, openSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { readAt, SpillFile } from "../util/spill-file.ts";
import type { ByteRange } from "../util/text-store.ts";
import { dropUnused, replaceFile, SHARD_COUNT, SHARDS_IN_FLIGHT, shardIndex } from "./shard-store.ts";

/** What a shard file starts with: this format's name, then the index's length (4 bytes, little-endian). */
const MAGIC = Buffer.from("NRB1");
const HEAD_BYTES = MAGIC.length + 4;
export const BYTE_SHARD_EXTENSION = ".bin";

/** Where an entry's bytes lie within its shard's data, which follows the index. */
type IndexEntry = [key: string, offset: number, length: number, meta?: string];

/** Something whose bytes can be read by position: an open shard file or the store's spill file. */
interface Readable {
  read(offset: number, length: number): Buffer;
}

/**
 * A key-value store of byte strings in 256 files by key prefix, like `ShardStore`, whose values
 * are never read when it opens: each shard file holds an index (keys, offsets, lengths and each
 * value's short `meta` text, as JSON) and then the values' bytes, and a value is a `ByteRange`
 * read from the open file when asked for. A build after an edit thus reads the indexes and only the values it uses: the render cache
 * keeps every article's HTML here, and a page that is not rendered again never reads it.
 *
 * A shard that is rewritten is replaced by a rename, and the files are read through descriptors
 * opened before, so a range handed out stays readable whatever another build writes; a descriptor
 * is closed once nothing refers to its file.
 */
export class ByteShardStore {
  private readonly shards: Map<string, ByteRange>[] = Array.from({ length: SHARD_COUNT }, () => new Map());
  private readonly used = new Set<string>();
  private readonly dirty = new Set<number>();
  /** Values set by this process, until their shard is written: opened at the first `set`. */
  private spill: (Readable & { append(bytes: Uint8Array): number }) | undefined;

  private constructor(private readonly dir: string) {}

  static open(dir: string): ByteShardStore {
    const store = new ByteShardStore(dir);
    for (const [index, shard] of store.shards.entries()) {
      if (!store.readIndex(index, shard)) store.dirty.add(index);
    }
    return store;
  }

  /** The bytes of `key`, read from the file when asked for. */
  get(key: string): ByteRange | undefined {
    const value = this.shardOf(key).get(key);
    if (value !== undefined) this.used.add(key);
    return value;
  }

  /** Keeps `bytes` (and `meta`, kept in the index) for `key`, in a temporary file until its shard is written. */
  set(key: string, { bytes, meta }: { bytes: Uint8Array; meta?: string }): void {
    this.spill ??= openSpill();
    const offset = this.spill.append(bytes);
    this.shardOf(key).set(key, new Range(this.spill, offset, bytes.length, meta));
    this.used.add(key);
    this.dirty.add(shardIndex(key));
  }

  /**
   * Writes the shards that changed; call once at the end of a build. `keepUnused` keeps entries
   * this build did not ask for (the preview server). Written entries are read from the new files
   * afterwards, so the spill file and the replaced files are let go of.
   */
  async save(options: { keepUnused?: boolean } = {}): Promise<void> {
    if (!options.keepUnused) dropUnused(this.shards, this.used, this.dirty);
    mkdirSync(this.dir, { recursive: true });
    const dirty = [...this.dirty];
    for (let start = 0; start < dirty.length; start += SHARDS_IN_FLIGHT) {
      await Promise.all(dirty.slice(start, start + SHARDS_IN_FLIGHT).map((index) => this.writeShard(index)));
    }
    this.dirty.clear();
    this.used.clear();
    this.spill = undefined;
  }

  private shardOf(key: string): Map<string, ByteRange> {
    return this.shards[shardIndex(key)] as Map<string, ByteRange>;
  }

  private file(index: number): string {
    return path.join(this.dir, `${index.toString(16).padStart(2, "0")}${BYTE_SHARD_EXTENSION}`);
  }

  /** Fills `shard` from its file's index; false when the file is damaged (it is then written again). */
  private readIndex(index: number, shard: Map<string, ByteRange>): boolean {
    let file: ShardFile;
    try {
      file = new ShardFile(this.file(index));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return true;
      throw error;
    }
    try {
      const head = file.read(0, HEAD_BYTES);
      if (!head.subarray(0, MAGIC.length).equals(MAGIC)) throw new TypeError("not a byte shard");
      const indexBytes = head.readUInt32LE(MAGIC.length);
      const entries = JSON.parse(file.read(HEAD_BYTES, indexBytes).toString("utf8")) as IndexEntry[];
      const dataStart = HEAD_BYTES + indexBytes;
      for (const [key, offset, length, meta] of entries) {
        if (!(dataStart + offset + length <= file.size)) throw new TypeError("a byte shard cut short");
        shard.set(key, new Range(file, dataStart + offset, length, meta));
      }
      return true;
    } catch {
      // A torn or corrupt shard only costs the work of its entries again.
      shard.clear();
      return false;
    }
  }

  private async writeShard(index: number): Promise<void> {
    const shard = this.shards[index] as Map<string, ByteRange>;
    const target = this.file(index);
    const entries: IndexEntry[] = [];
    const values: Buffer[] = [];
    let offset = 0;
    for (const [key, value] of shard) {
      const bytes = value.read(0, value.length);
      entries.push(value.meta === undefined ? [key, offset, bytes.length] : [key, offset, bytes.length, value.meta]);
      values.push(bytes);
      offset += bytes.length;
    }
    if (entries.length === 0) return rm(target, { force: true });
    const indexBytes = Buffer.from(JSON.stringify(entries), "utf8");
    const head = Buffer.alloc(HEAD_BYTES);
    MAGIC.copy(head);
    head.writeUInt32LE(indexBytes.length, MAGIC.length);
    await replaceFile(target, Buffer.concat([head, indexBytes, ...values]));
    shard.clear();
    if (!this.readIndex(index, shard)) throw new Error(`${target} could not be read back`);
  }
}

/** A range of a readable file. */
class Range implements ByteRange {
  constructor(
    private readonly file: Readable,
    private readonly offset: number,
    readonly length: number,
    readonly meta?: string,
  ) {}

  read(start: number, length: number): Buffer {
    if (start < 0 || length < 0 || start + length > this.length) throw new RangeError("beyond the end of the cached bytes");
    return this.file.read(this.offset + start, length);
  }
}

/** A shard file open for reading; its descriptor is closed when nothing refers to it any more. */
class ShardFile implements Readable {
  private readonly fd: number;
  readonly size: number;

  constructor(file: string) {
    this.fd = openSync(file, "r");
    this.size = fstatSync(this.fd).size;
    closeWhenCollected.register(this, this.fd);
  }

  read(offset: number, length: number): Buffer {
    return readAt(this.fd, offset, length, "the cache file");
  }
}

const closeWhenCollected = new FinalizationRegistry<number>((fd) => closeSync(fd));

/** The spill file of a store's new values, as something ranges refer to: closed once none does. */
function openSpill(): Readable & { append(bytes: Uint8Array): number } {
  const spill = new SpillFile();
  const handle = {
    read: (offset: number, length: number) => spill.read(offset, length),
    append: (bytes: Uint8Array) => spill.append(bytes),
  };
  closeSpillWhenCollected.register(handle, spill);
  return handle;
}

const closeSpillWhenCollected = new FinalizationRegistry<SpillFile>((spill) => spill.close());
