import assert from "node:assert/strict";
import { closeSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { BYTE_SHARD_EXTENSION, ByteShardStore } from "../../src/cache/byte-shard-store.ts";
import { temporaryFolder } from "../helpers/site.ts";

const KEY_A = "a1".padEnd(64, "0");
const KEY_B = "b2".padEnd(64, "0");
const bytesOf = (text: string) => ({ bytes: Buffer.from(text, "utf8") });
const textOf = (store: ByteShardStore, key: string) => {
  const range = store.get(key);
  return range?.read(0, range.length).toString("utf8");
};

/** A store folder holding KEY_A → "alpha" (with its meta) and KEY_B → "bravo". */
async function savedWithAAndB(): Promise<string> {
  const dir = temporaryFolder();
  const store = ByteShardStore.open(dir);
  store.set(KEY_A, { ...bytesOf("alpha"), meta: '{"words":1}' });
  store.set(KEY_B, bytesOf("bravo"));
  await store.save();
  return dir;
}

const shardFile = (dir: string, key: string) => path.join(dir, `${key.slice(0, 2)}${BYTE_SHARD_EXTENSION}`);

describe("ByteShardStore", () => {
  it("keeps bytes and their meta across openings, and reads a value or part of it when asked for", async () => {
    const dir = await savedWithAAndB();
    const store = ByteShardStore.open(dir);
    assert.equal(textOf(store, KEY_A), "alpha");
    assert.equal(store.get(KEY_A)?.meta, '{"words":1}');
    assert.equal(store.get(KEY_B)?.meta, undefined);
    assert.equal(store.get(KEY_B)?.read(1, 3).toString(), "rav");
    assert.throws(() => store.get(KEY_B)?.read(3, 5), RangeError);
    assert.equal(store.get("c3".padEnd(64, "0")), undefined);
  });

  it("does not read values when it opens: bytes rewritten in place afterwards are what a read gives", async () => {
    const dir = await savedWithAAndB();
    const store = ByteShardStore.open(dir);
    const file = shardFile(dir, KEY_A);
    const at = readFileSync(file).lastIndexOf("alpha");
    const fd = openSync(file, "r+");
    writeSync(fd, "ALPHA", at);
    closeSync(fd);
    assert.equal(textOf(store, KEY_A), "ALPHA");
  });

  it("reads a value it handed out from the file it was in, after another build replaced that file", async () => {
    const dir = await savedWithAAndB();
    const first = ByteShardStore.open(dir);
    const range = first.get(KEY_A);
    const other = ByteShardStore.open(dir);
    other.set(KEY_A, bytesOf("a new alpha"));
    other.get(KEY_B);
    await other.save();
    assert.equal(range?.read(0, range.length).toString(), "alpha");
    assert.equal(textOf(ByteShardStore.open(dir), KEY_A), "a new alpha");
  });

  it("gives back values set by this process before and after they are saved", async () => {
    const dir = temporaryFolder();
    const store = ByteShardStore.open(dir);
    store.set(KEY_A, { ...bytesOf("Zoë’s café"), meta: "m" });
    assert.equal(textOf(store, KEY_A), "Zoë’s café");
    await store.save();
    assert.equal(textOf(store, KEY_A), "Zoë’s café");
    assert.equal(store.get(KEY_A)?.meta, "m");
  });

  it("drops the entries a build did not use, unless told to keep them as the preview does", async () => {
    const kept = await savedWithAAndB();
    const preview = ByteShardStore.open(kept);
    preview.set("c3".padEnd(64, "0"), bytesOf("charlie"));
    await preview.save({ keepUnused: true });
    assert.equal(textOf(ByteShardStore.open(kept), KEY_B), "bravo");

    const dropped = await savedWithAAndB();
    const once = ByteShardStore.open(dropped);
    once.get(KEY_A);
    await once.save();
    const after = ByteShardStore.open(dropped);
    assert.equal(textOf(after, KEY_A), "alpha");
    assert.equal(after.get(KEY_B), undefined);
    assert.deepEqual(readdirSync(dropped), [`a1${BYTE_SHARD_EXTENSION}`]);
  });

  it("never trusts a damaged shard: one cut short or of another format answers nothing and is written again", async () => {
    const dir = await savedWithAAndB();
    const file = shardFile(dir, KEY_A);
    writeFileSync(file, readFileSync(file).subarray(0, -2));
    writeFileSync(shardFile(dir, KEY_B), "not a shard at all");
    const store = ByteShardStore.open(dir);
    assert.equal(store.get(KEY_A), undefined);
    assert.equal(store.get(KEY_B), undefined);
    store.set(KEY_A, bytesOf("alpha again"));
    await store.save();
    assert.equal(textOf(ByteShardStore.open(dir), KEY_A), "alpha again");
    assert.deepEqual(readdirSync(dir), [`a1${BYTE_SHARD_EXTENSION}`], "the shard left with no entries is removed");
  });
});
