import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SpillFile } from "../../src/util/spill-file.ts";
import { temporaryFolder } from "../helpers/site.ts";

describe("SpillFile", () => {
  it("gives back bytes still waiting to be written, bytes across its buffer's end and bytes longer than its buffer", () => {
    const file = new SpillFile(temporaryFolder());
    const sizes = [10, SpillFile.BUFFER_BYTES - 15, 40, SpillFile.BUFFER_BYTES * 2 + 3, 7, 0, 1_000];
    const kept = sizes.map((size, index) => {
      const bytes = Buffer.alloc(size, index + 1);
      const offset = file.append(bytes);
      // Read at once, before anything after it is appended: it may still be in the buffer.
      assert.deepEqual(file.read(offset, size), bytes);
      return { bytes, offset };
    });
    for (const { bytes, offset } of kept.reverse()) assert.deepEqual(file.read(offset, bytes.length), bytes);
    file.close();
  });
});
