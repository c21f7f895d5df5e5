import type { Interval } from "./interval.js";
import { seededRandom } from "./seeded-random.js";

export interface BootstrapResult extends Interval {
  /** Two-sided: twice the share of resampled differences on the far side of 0, capped at 1. */
  readonly pValue: number;
}

/**
 * Paired bootstrap for the mean difference (candidate − baseline) of per-test
 * scores: tests are resampled with replacement, keeping each test's two scores
 * together, and the percentile interval is read off the resampled means. The
 * seeded generator makes the same data give the same interval on every run.
 */
export function pairedBootstrap(options: { baseline: ArrayLike<number>; candidate: ArrayLike<number>; resamples: number; seed: number; confidence?: number }): BootstrapResult {
  const n = options.baseline.length;
  if (n !== options.candidate.length) throw new RangeError("pairedBootstrap: the two samples must be paired (same length)");
  if (n === 0) return { estimate: Number.NaN, lower: Number.NaN, upper: Number.NaN, pValue: 1 };
  const differences = new Float64Array(n);
  let sum = 0;
  for (let index = 0; index < n; index++) {
    differences[index] = options.candidate[index]! - options.baseline[index]!;
    sum += differences[index]!;
  }
  const random = seededRandom(options.seed);
  const means = new Float64Array(options.resamples);
  let atOrBelowZero = 0;
  let atOrAboveZero = 0;
  for (let resample = 0; resample < options.resamples; resample++) {
    let total = 0;
    for (let draw = 0; draw < n; draw++) total += differences[Math.floor(random() * n)]!;
    const mean = total / n;
    means[resample] = mean;
    if (mean <= 0) atOrBelowZero++;
    if (mean >= 0) atOrAboveZero++;
  }
  means.sort();
  const alpha = 1 - (options.confidence ?? 0.95);
  const at = (q: number): number => means[Math.min(options.resamples - 1, Math.max(0, Math.round(q * (options.resamples - 1))))]!;
  return {
    estimate: sum / n,
    lower: at(alpha / 2),
    upper: at(1 - alpha / 2),
    pValue: Math.min(1, (2 * Math.min(atOrBelowZero, atOrAboveZero)) / options.resamples),
  };
}
