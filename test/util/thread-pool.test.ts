import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { openThreadPool, type PoolTask } from "../../src/util/thread-pool.ts";
import { decodeRendering } from "../../src/markdown/body-rendering.ts";
import { RENDER_TASK } from "../../src/markdown/render-task.ts";

const bodies = Array.from({ length: 60 }, (_, index) => `## Part ${index}\n\n${"word ".repeat(20_000 + index)}`);

describe("the build's thread pool", () => {
  it("gives every item's result in the order of the items when the work is shared with its threads", async () => {
    const pool = openThreadPool({ threads: 2, threshold: 0 });
    try {
      const shared = await pool.map(RENDER_TASK, bodies, { embedHosts: [] });
      assert.deepEqual(shared, RENDER_TASK.run(bodies, { embedHosts: [] }));
      assert.ok(shared.map(decodeRendering).every((body, index) => body.headings[0]?.text === `Part ${index}`));
    } finally {
      pool.close();
    }
  });

  it("fails with the thread's error when a task cannot run there", async () => {
    const missing: PoolTask<string, string, null> = {
      module: RENDER_TASK.module,
      name: "noSuchTask",
      run: () => [],
      size: () => 1_000_000,
    };
    const pool = openThreadPool({ threads: 1, threshold: 0 });
    try {
      await assert.rejects(pool.map(missing, ["a", "b", "c"], null), /has no task noSuchTask/);
    } finally {
      pool.close();
    }
  });
});
