import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { inParts } from "../../src/site/load-site.ts";

describe("inParts", () => {
  it("gives every part's items in order, even a part of more items than a call can take as arguments", async () => {
    const large = Array.from({ length: 200_000 }, (_, index) => index + 2);
    const made = await inParts([() => [0, 1], () => large, () => []], undefined);
    assert.equal(made.length, 200_002);
    assert.deepEqual(made.slice(0, 4), [0, 1, 2, 3]);
    assert.equal(made.at(-1), 200_001);
  });

  it("runs no part after the checkpoint that finds its signal aborted", async () => {
    const stale = new AbortController();
    const ran: string[] = [];
    const parts = [
      () => {
        ran.push("first");
        stale.abort(new Error("a newer save"));
        return [1];
      },
      () => {
        ran.push("second");
        return [2];
      },
    ];
    await assert.rejects(inParts(parts, stale.signal), /a newer save/);
    assert.deepEqual(ran, ["first"]);
  });
});
