import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { mapConcurrently } from "../../src/util/map-concurrently.ts";

describe("mapConcurrently", () => {
  it("keeps the order of the items and never runs more than the limit at once", async () => {
    let running = 0;
    let most = 0;
    const items = Array.from({ length: 50 }, (_, index) => index);
    const results = await mapConcurrently(items, 4, async (item) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, (item * 7) % 5));
      running -= 1;
      return item * 2;
    });
    assert.deepEqual(
      results,
      items.map((item) => item * 2),
    );
    assert.equal(most, 4);
  });

  it("passes a failure on", async () => {
    await assert.rejects(
      mapConcurrently([1, 2, 3], 2, async (item) => {
        if (item === 2) throw new Error("unreadable");
        return item;
      }),
      /unreadable/,
    );
  });

  it("returns an empty list for no items", async () => {
    assert.deepEqual(await mapConcurrently([], 8, async (item) => item), []);
  });
});
