import type { Interval } from "./interval.js";
import { wilsonInterval } from "./wilson-interval.js";

/** A paired pass/fail table: both passed, only the baseline, only the candidate, neither. */
export interface PairedTable {
  readonly bothPass: number;
  readonly baselineOnly: number;
  readonly candidateOnly: number;
  readonly neitherPass: number;
}

/**
 * Interval for (candidate pass rate − baseline pass rate) on the same tests:
 * Newcombe's hybrid score method for paired proportions (method 10, 1998),
 * built from each rate's Wilson interval and the correlation of the pairs. It
 * uses the pairing (tighter than treating the runs as independent) and, like
 * Wilson, stays sensible at 0% and 100%.
 */
export function pairedProportionDifference(table: PairedTable, confidence = 0.95): Interval {
  const { bothPass: a, baselineOnly: b, candidateOnly: c, neitherPass: d } = table;
  const n = a + b + c + d;
  if (n === 0) return { estimate: Number.NaN, lower: -1, upper: 1 };
  const baseline = wilsonInterval(a + b, n, confidence);
  const candidate = wilsonInterval(a + c, n, confidence);
  const estimate = candidate.estimate - baseline.estimate;
  const marginals = (a + b) * (c + d) * (a + c) * (b + d);
  let phi = 0;
  if (marginals > 0) {
    const cross = a * d - b * c;
    // Newcombe's continuity adjustment applies only to positive association.
    phi = (cross > 0 ? Math.max(cross - n / 2, 0) : cross) / Math.sqrt(marginals);
  }
  const dl2 = candidate.estimate - candidate.lower;
  const du2 = candidate.upper - candidate.estimate;
  const dl1 = baseline.estimate - baseline.lower;
  const du1 = baseline.upper - baseline.estimate;
  const lowerGap = Math.sqrt(Math.max(0, dl2 * dl2 - 2 * phi * dl2 * du1 + du1 * du1));
  const upperGap = Math.sqrt(Math.max(0, du2 * du2 - 2 * phi * du2 * dl1 + dl1 * dl1));
  return { estimate, lower: Math.max(-1, estimate - lowerGap), upper: Math.min(1, estimate + upperGap) };
}
