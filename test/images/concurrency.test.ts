import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { imageConcurrency } from "../../src/images/concurrency.ts";

describe("imageConcurrency", () => {
  it("processes as many images at once as there are cores, one libvips thread each while the pool has a thread per core", () => {
    assert.deepEqual(imageConcurrency(2, 4), { images: 2, threadsPerPipeline: 1 });
    assert.deepEqual(imageConcurrency(4, 4), { images: 4, threadsPerPipeline: 1 });
  });

  it("gives each pipeline enough threads to fill the cores when they outnumber the pool's threads", () => {
    assert.deepEqual(imageConcurrency(16, 4), { images: 16, threadsPerPipeline: 4 });
    assert.deepEqual(imageConcurrency(6, 4), { images: 6, threadsPerPipeline: 2 });
  });

  it("never goes below one image and one thread", () => {
    assert.deepEqual(imageConcurrency(0, 0), { images: 1, threadsPerPipeline: 1 });
  });
});
