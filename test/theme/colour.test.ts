import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { contrastRatio, parseColour, toHex } from "../../src/theme/colour.ts";

describe("theme colours", () => {
  it("reads hex, rgb() and hsl() colours and writes them back as #rrggbb", () => {
    const read = (text: string) => toHex(parseColour(text)!);
    assert.equal(read("#05A"), "#0055aa");
    assert.equal(read("#0b4f8a"), "#0b4f8a");
    assert.equal(read("rgb(11 79 138)"), "#0b4f8a");
    assert.equal(read("rgb(11, 79, 138)"), "#0b4f8a");
    assert.equal(read("hsl(0 100% 50%)"), "#ff0000");
    assert.equal(read("hsl(120, 100%, 25%)"), "#008000");
  });

  it("refuses names, other functions, out-of-range channels and anything that could carry more CSS", () => {
    for (const text of [
      "red",
      "#12345",
      "#0b4f8a;",
      "rgb(256 0 0)",
      "rgba(0 0 0 / 50%)",
      "hsl(400 50% 50%)",
      "var(--x)",
      "#000}body{x:y",
      "#000 !important",
      "url(x)",
      "expression(alert(1))",
    ]) {
      assert.equal(parseColour(text), undefined, text);
    }
  });

  it("computes WCAG contrast ratios", () => {
    assert.equal(contrastRatio(parseColour("#000")!, parseColour("#fff")!), 21);
    assert.equal(contrastRatio(parseColour("#fff")!, parseColour("#fff")!), 1);
    assert.equal(Math.round(contrastRatio(parseColour("#777")!, parseColour("#fff")!) * 100) / 100, 4.48);
  });
});
