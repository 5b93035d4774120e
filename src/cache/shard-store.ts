import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import v8 from "node:v8";
import { mapConcurrently } from "../util/map-concurrently.ts";
import { SpillFile } from "../util/spill-file.ts";

export const SHARD_COUNT = 256;
export const SHARDS_IN_FLIGHT = 16;

/** What a shard file holds: a Map in V8's serialisation format, which only makes data, never runs code. */
export const SHARD_EXTENSION = ".v8";

/**
 * A key-value store in 256 files by key prefix: a build reads them all in parallel, and after
 * an edit rewrites only the shards that gained or lost an entry. Entries not used by a build are
 * dropped when their shard is rewritten, so deleted articles do not accumulate for ever.
 *
 * Shards are in V8's serialisation format rather than JSON: strings are stored as they are instead
 * of escaped and parsed, which makes a store much quicker to read and quicker still to write. The
 * format stays readable by later Node versions; a shard that cannot be read is only re-made.
 */
export class ShardStore<V> {
  private readonly shards: Map<string, V | Spilled>[] = Array.from({ length: SHARD_COUNT }, () => new Map());
  private readonly used = new Set<string>();
  private readonly dirty = new Set<number>();
  /** New entries, serialised, until their shard is written: opened at the first `set`. */
  private spill: SpillFile | undefined;

  private constructor(private readonly dir: string) {}

  static async open<V>(dir: string): Promise<ShardStore<V>> {
    const store = new ShardStore<V>(dir);
    // A few at a time: each file's bytes are freed only when V8 next collects, and all 256 at once would hold the whole store twice.
    await mapConcurrently([...store.shards.keys()], SHARDS_IN_FLIGHT, (index) =>
      store.readShard(index, store.shards[index] as Map<string, V | Spilled>),
    );
    return store;
  }

  /** The entry of `key`; one set by this process is a copy of its own, read back from the spill file. */
  get(key: string): V | undefined {
    const value = this.shardOf(key).get(key);
    if (value === undefined) return undefined;
    this.used.add(key);
    return value instanceof Spilled ? this.unspill(value) : value;
  }

  /**
   * Keeps `value` for `key`, in a temporary file until its shard is written: a cold build sets an
   * entry for every article, and held here they would all wait for the end of the build together.
   */
  set(key: string, value: V): void {
    const bytes = v8.serialize(value);
    if (!this.spill) {
      this.spill = new SpillFile();
      closeWhenCollected.register(this, this.spill);
    }
    this.shardOf(key).set(key, new Spilled(this.spill.append(bytes), bytes.length));
    this.used.add(key);
    this.dirty.add(shardIndex(key));
  }

  private unspill(value: Spilled): V {
    return v8.deserialize((this.spill as SpillFile).read(value.offset, value.length)) as V;
  }

  /**
   * Writes the shards that changed; call once at the end of a build. `keepUnused` keeps entries
   * this build did not ask for, when it did not ask for everything it used (the preview server).
   */
  async save(options: { keepUnused?: boolean } = {}): Promise<void> {
    if (!options.keepUnused) dropUnused(this.shards, this.used, this.dirty);
    await mkdir(this.dir, { recursive: true });
    // A few at a time, as they are read: each serialised shard is a copy of its entries.
    await mapConcurrently([...this.dirty], SHARDS_IN_FLIGHT, (index) => this.writeShard(index));
    this.dirty.clear();
    this.used.clear();
  }

  private shardOf(key: string): Map<string, V | Spilled> {
    return this.shards[shardIndex(key)] as Map<string, V | Spilled>;
  }

  private file(index: number): string {
    return path.join(this.dir, `${index.toString(16).padStart(2, "0")}${SHARD_EXTENSION}`);
  }

  private async readShard(index: number, shard: Map<string, V | Spilled>): Promise<void> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.file(index));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
      throw error;
    }
    try {
      const stored: unknown = v8.deserialize(bytes);
      if (!(stored instanceof Map)) throw new TypeError("not a shard");
      for (const [key, value] of stored as Map<string, V>) shard.set(key, value);
    } catch {
      // A torn or corrupt shard only costs a re-render of its entries.
      this.dirty.add(index);
    }
  }

  private async writeShard(index: number): Promise<void> {
    const shard = this.shards[index] as Map<string, V | Spilled>;
    const file = this.file(index);
    if (shard.size === 0) return rm(file, { force: true });
    const entries = new Map<string, V>();
    for (const [key, value] of shard) entries.set(key, value instanceof Spilled ? this.unspill(value) : value);
    await replaceFile(file, v8.serialize(entries));
  }
}

/** Where a value set by this process lies in the store's spill file. */
class Spilled {
  constructor(
    readonly offset: number,
    readonly length: number,
  ) {}
}

/** A store's spill file is closed (it is already unlinked) when the store is no longer used. */
const closeWhenCollected = new FinalizationRegistry<SpillFile>((file) => file.close());

/** Writes beside `file` and renames over it, so that a build killed mid-write never leaves half a file. */
export async function replaceFile(file: string, contents: string | Uint8Array): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, file);
}

/** Drops the entries whose keys were not used, marking their shards to be written again. */
export function dropUnused(shards: readonly Map<string, unknown>[], used: ReadonlySet<string>, dirty: Set<number>): void {
  shards.forEach((shard, index) => {
    for (const key of shard.keys()) {
      if (used.has(key)) continue;
      shard.delete(key);
      dirty.add(index);
    }
  });
}

/** Keys are hex digests: their first two digits spread entries evenly. */
export function shardIndex(key: string): number {
  return Number.parseInt(key.slice(0, 2), 16) % SHARD_COUNT;
}

/** Removes the sibling folders of `keep` (stores of older fingerprints) inside `parent`. */
export async function removeOtherStores(parent: string, keep: string, prefix: string): Promise<void> {
  const entries = await readdir(parent).catch(() => [] as string[]);
  await Promise.all(
    entries
      .filter((name) => name.startsWith(prefix) && name !== keep)
      .map((name) => rm(path.join(parent, name), { recursive: true, force: true })),
  );
}

/**
 * Saves `store` and deletes its older siblings, warning instead of failing: a cache that cannot be
 * written costs the next build time, never this build's success.
 */
export async function saveStoreQuietly<V>(
  store: ShardStore<V>,
  location: { parent: string; name: string; prefix: string; label: string },
  options: { keepUnused?: boolean } = {},
): Promise<void> {
  try {
    await store.save(options);
    await removeOtherStores(location.parent, location.name, location.prefix);
  } catch (error) {
    console.warn(`The ${location.label} in ${location.parent} was not saved: ${(error as Error).message}`);
  }
}
