import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { COMPILED_WORKERS, workerEntry } from "../../src/util/worker-entry.ts";

describe("workerEntry", () => {
  const source = new URL("./pool-worker.js", import.meta.url);

  it("starts a thread from its source entry when the build does not run from the bundle", () => {
    assert.equal(workerEntry("pool", source).href, source.href);
  });

  it("starts a thread from its compiled entry when the build runs from the bundle, and others from source", () => {
    const registry = globalThis as { [COMPILED_WORKERS]?: Record<string, string> };
    registry[COMPILED_WORKERS] = { pool: "file:///compiled/worker-pool.mjs" };
    try {
      assert.equal(workerEntry("pool", source).href, "file:///compiled/worker-pool.mjs");
      assert.equal(workerEntry("search-index", source).href, source.href);
    } finally {
      delete registry[COMPILED_WORKERS];
    }
  });
});
