import assert from "node:assert/strict";
import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { manifestStore, type BuildManifest } from "../../src/cache/build-manifest.ts";
import { cacheIn } from "../helpers/build-cache.ts";
import { temporaryFolder } from "../helpers/site.ts";

const manifest = (output: string): BuildManifest => ({
  key: "k",
  output,
  builtAt: 1,
  validUntil: 2,
  stamps: "s",
  fileCount: 3,
});

describe("the manifest store", () => {
  it("keeps one manifest per output folder, and forgets one without touching the other", async () => {
    const cache = cacheIn(temporaryFolder());
    const store = manifestStore(cache);
    await store.write(manifest("/sites/a"));
    await store.write(manifest("/sites/b"));
    assert.deepEqual(await store.read("/sites/a"), manifest("/sites/a"));
    await store.forget("/sites/a");
    assert.equal(await store.read("/sites/a"), undefined);
    assert.deepEqual(await store.read("/sites/b"), manifest("/sites/b"));
  });

  it("reads a damaged or incomplete manifest as none", async () => {
    const cache = cacheIn(temporaryFolder());
    const store = manifestStore(cache);
    await store.write(manifest("/sites/a"));
    const [file] = readdirSync(cache.folder("manifest"));
    writeFileSync(path.join(cache.folder("manifest"), file!), '{"key":"k","output":"/sites/a"');
    assert.equal(await store.read("/sites/a"), undefined);
    writeFileSync(path.join(cache.folder("manifest"), file!), JSON.stringify({ ...manifest("/sites/a"), validUntil: "soon" }));
    assert.equal(await store.read("/sites/a"), undefined);
  });
});
