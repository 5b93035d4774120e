/**
 * Medians, spreads and ratios for the benchmark's summaries. Each tool's numbers are summarised
 * over the runs of one invocation, and each ratio is taken within a run first: tools of one run
 * share the machine's state of the moment, so a ratio of the same run is steadier on a shared or
 * throttled machine than a ratio of two medians.
 */

export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** The middle value (the mean of the two middle values for an even count); NaN when there is none. */
export function median(numbers: readonly number[]): number {
  const sorted = numbers.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Median, lowest and highest of the finite numbers given (NaN for each when there are none). */
export function spread(numbers: readonly number[]): Spread {
  const finite = numbers.filter(Number.isFinite);
  if (finite.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN };
  return { median: median(finite), min: Math.min(...finite), max: Math.max(...finite) };
}

/**
 * `numerator / denominator` for each run both have, keyed by run number: a run where either is
 * missing or failed gives no ratio rather than a misleading one.
 */
export function pairedRatios(numerators: ReadonlyMap<number, number>, denominators: ReadonlyMap<number, number>): number[] {
  const ratios: number[] = [];
  for (const [run, numerator] of numerators) {
    const denominator = denominators.get(run);
    if (denominator !== undefined && denominator > 0 && Number.isFinite(numerator)) ratios.push(numerator / denominator);
  }
  return ratios;
}

/** `numerator - subtrahend` for each run both have, as pairedRatios pairs them. */
export function pairedDifferences(minuends: ReadonlyMap<number, number>, subtrahends: ReadonlyMap<number, number>): number[] {
  const differences: number[] = [];
  for (const [run, minuend] of minuends) {
    const subtrahend = subtrahends.get(run);
    if (subtrahend !== undefined && Number.isFinite(minuend) && Number.isFinite(subtrahend)) differences.push(minuend - subtrahend);
  }
  return differences;
}

/** A number with `digits` decimals, "n/a" when it is not a number. */
export function fixed(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : "n/a";
}

/** "1.23 (1.10–1.40)": the median and, when the runs differ, their range ("-0.20 to 0.10" below zero). */
export function formatSpread(value: Spread, digits: number, unit = ""): string {
  if (!Number.isFinite(value.median)) return "n/a";
  const middle = `${fixed(value.median, digits)}${unit}`;
  const low = fixed(value.min, digits);
  const high = fixed(value.max, digits);
  if (low === high) return middle;
  return `${middle} (${low}${value.min < 0 ? " to " : "–"}${high})`;
}

/** A ratio as a multiple: "0.62x (0.58–0.66)". */
export function formatRatio(value: Spread): string {
  return formatSpread(value, 2, "x");
}

/** A ratio as a percentage: "14.2% (13.0–15.1)". */
export function formatPercent(value: Spread): string {
  return formatSpread({ median: value.median * 100, min: value.min * 100, max: value.max * 100 }, 1, "%");
}
