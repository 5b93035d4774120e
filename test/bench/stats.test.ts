import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatPercent, formatRatio, formatSpread, median, pairedDifferences, pairedRatios, spread } from "../../bench/stats.ts";

describe("median", () => {
  it("is the middle value of an odd count and the mean of the two middle values of an even count", () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 3, 2]), 2.5);
  });

  it("leaves out values that are not numbers and is NaN when none is left", () => {
    assert.equal(median([Number.NaN, 5, 1]), 3);
    assert.ok(Number.isNaN(median([])));
    assert.ok(Number.isNaN(median([Number.NaN])));
  });
});

describe("spread", () => {
  it("gives the median, the lowest and the highest of the runs", () => {
    assert.deepEqual(spread([2.5, 1, 4]), { median: 2.5, min: 1, max: 4 });
  });
});

describe("paired ratios and differences", () => {
  it("pair the values of the same run and skip runs that one side lacks", () => {
    const newsroom = new Map([
      [1, 10],
      [2, 12],
      [3, 9],
    ]);
    const hugo = new Map([
      [1, 20],
      [3, 10],
    ]);
    assert.deepEqual(pairedRatios(newsroom, hugo), [0.5, 0.9]);
    assert.deepEqual(pairedDifferences(newsroom, hugo), [-10, -1]);
  });

  it("give no ratio against a zero or a missing measurement", () => {
    assert.deepEqual(pairedRatios(new Map([[1, 3]]), new Map([[1, 0]])), []);
    assert.deepEqual(pairedRatios(new Map([[1, Number.NaN]]), new Map([[1, 2]])), []);
  });
});

describe("formatting", () => {
  it("shows the median and the range, or the median alone when the runs agree", () => {
    assert.equal(formatSpread({ median: 1.234, min: 1.1, max: 1.4 }, 2, " s"), "1.23 s (1.10–1.40)");
    assert.equal(formatSpread({ median: 1, min: 1, max: 1 }, 2), "1.00");
    assert.equal(formatSpread(spread([]), 2), "n/a");
  });

  it("writes a range that reaches below zero with words, not a dash that reads as a minus", () => {
    assert.equal(formatSpread({ median: 0.1, min: -0.2, max: 0.3 }, 1), "0.1 (-0.2 to 0.3)");
  });

  it("shows ratios as multiples and as percentages", () => {
    assert.equal(formatRatio({ median: 0.625, min: 0.5, max: 0.75 }), "0.63x (0.50–0.75)");
    assert.equal(formatPercent({ median: 0.142, min: 0.13, max: 0.151 }), "14.2% (13.0–15.1)");
  });
});
