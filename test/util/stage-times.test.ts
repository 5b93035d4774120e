import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatStageTimes, stageDone, stageTimes, timeStages } from "../../src/util/stage-times.ts";

describe("stage times", () => {
  it("times each stage from the mark before it, once a build asked for it", async () => {
    timeStages();
    await new Promise((resolve) => setTimeout(resolve, 30));
    stageDone("first");
    stageDone("second");
    const [first, second, ...rest] = stageTimes();
    assert.equal(first?.stage, "first");
    assert.ok((first?.seconds ?? 0) >= 0.025, `${first?.seconds} s for a stage that waited 30 ms`);
    assert.equal(second?.stage, "second");
    assert.ok((second?.seconds ?? 1) < 0.025);
    assert.deepEqual(rest, []);
    timeStages();
    assert.deepEqual(stageTimes(), [], "a new build starts a new list");
  });

  it("prints one stage a line, the seconds aligned", () => {
    assert.deepEqual(
      formatStageTimes([
        { stage: "load", seconds: 0.7234 },
        { stage: "render and write", seconds: 12.5 },
      ]),
      ["  load                0.72 s", "  render and write   12.50 s"],
    );
  });
});
