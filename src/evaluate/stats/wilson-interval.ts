import type { Interval } from "./interval.js";
import { normalQuantile } from "./normal-quantile.js";

/**
 * Wilson score interval for a binomial proportion. Unlike the textbook
 * p ± z·√(p(1−p)/n) it stays inside [0, 1] and behaves at 0/n and n/n, which
 * is where small eval suites live. 8/10 at 95% → [0.490, 0.943].
 */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): Interval {
  if (n <= 0) return { estimate: Number.NaN, lower: 0, upper: 1 };
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { estimate: p, lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}
