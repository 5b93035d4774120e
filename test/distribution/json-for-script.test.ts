import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { jsonForScript } from "../../src/distribution/json-for-script.ts";

describe("JSON for inline scripts", () => {
  it("stays JSON that parses back to the same value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: "binary" }), (value, text) => {
        assert.deepEqual(JSON.parse(jsonForScript(value)), JSON.parse(JSON.stringify(value)));
        assert.equal(JSON.parse(jsonForScript({ text })).text, text);
      }),
      { numRuns: 500 },
    );
  });

  it("contains no character that could end the script or open a comment", () => {
    const output = jsonForScript({ headline: "</script><script>alert(1)</script> <!-- --> & \u2028\u2029" });
    assert.doesNotMatch(output, /[<>&\u2028\u2029]/);
    assert.match(output, /\\u003c\/script\\u003e/);
  });
});
