import assert from "node:assert/strict";
import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { ShardStore } from "../../src/cache/shard-store.ts";
import { temporaryFolder } from "../helpers/site.ts";

const KEY_A = "a1".padEnd(64, "0");
const KEY_B = "b2".padEnd(64, "0");

/** A store folder holding the entries KEY_A → "a" and KEY_B → "b". */
async function savedWithAAndB(): Promise<string> {
  const dir = temporaryFolder();
  const store = await ShardStore.open<string>(dir);
  store.set(KEY_A, "a");
  store.set(KEY_B, "b");
  await store.save();
  return dir;
}

describe("ShardStore", () => {
  it("keeps entries across openings", async () => {
    const dir = temporaryFolder();
    const store = await ShardStore.open<{ html: string }>(dir);
    store.set(KEY_A, { html: "<p>a</p>" });
    await store.save();
    assert.deepEqual((await ShardStore.open<{ html: string }>(dir)).get(KEY_A), { html: "<p>a</p>" });
  });

  it("gives back an entry it was given as an equal copy, dates included, before and after it is saved", async () => {
    const dir = temporaryFolder();
    const store = await ShardStore.open<{ html: string; date: Date; words: number[] }>(dir);
    const value = { html: "<p>Zoë</p>", date: new Date("2026-01-02T03:04:05Z"), words: [1, 2] };
    store.set(KEY_A, value);
    const before = store.get(KEY_A);
    assert.deepEqual(before, value);
    assert.notEqual(before, value, "a copy, not the object this build may let go of");
    await store.save();
    assert.deepEqual(store.get(KEY_A), value);
    assert.deepEqual((await ShardStore.open(dir)).get(KEY_A), value);
  });

  it("drops entries that a build did not use, so deleted articles do not pile up", async () => {
    const dir = await savedWithAAndB();
    const second = await ShardStore.open<string>(dir);
    assert.equal(second.get(KEY_A), "a");
    await second.save();
    const third = await ShardStore.open<string>(dir);
    assert.equal(third.get(KEY_A), "a");
    assert.equal(third.get(KEY_B), undefined);
    assert.deepEqual(readdirSync(dir), ["a1.v8"]);
  });

  it("keeps unused entries when told to, as the preview does for the articles it remembers", async () => {
    const dir = await savedWithAAndB();
    const second = await ShardStore.open<string>(dir);
    second.set("c3".padEnd(64, "0"), "c");
    await second.save({ keepUnused: true });
    const third = await ShardStore.open<string>(dir);
    assert.deepEqual([third.get(KEY_A), third.get(KEY_B)], ["a", "b"]);
  });

  it("treats a corrupt shard as empty instead of failing the build", async () => {
    const dir = temporaryFolder();
    writeFileSync(path.join(dir, "a1.v8"), "{ torn");
    const store = await ShardStore.open<string>(dir);
    assert.equal(store.get(KEY_A), undefined);
    store.set(KEY_A, "fresh");
    await store.save();
    assert.equal((await ShardStore.open<string>(dir)).get(KEY_A), "fresh");
  });
});
