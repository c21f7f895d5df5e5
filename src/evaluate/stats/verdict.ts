import type { Interval } from "./interval.js";

export type VerdictOutcome = "better" | "not-worse" | "worse" | "inconclusive" | "no-data";

export interface Verdict {
  readonly outcome: VerdictOutcome;
  readonly text: string;
}

/**
 * Non-inferiority on a difference (candidate − baseline) with its interval:
 * better when the whole interval is above 0; not worse when it stays above
 * −margin; worse when it lies entirely below −margin; otherwise the data cannot
 * tell. `metric` names the scale, e.g. "Δ pass rate" or "win rate − 50%".
 */
export function nonInferiorityVerdict(options: { candidate: string; baseline: string; difference: Interval | undefined; margin: number; metric: string }): Verdict {
  const { candidate, baseline, difference, margin } = options;
  if (difference === undefined || Number.isNaN(difference.estimate)) return { outcome: "no-data", text: `${candidate} vs ${baseline}: no paired results to compare` };
  const detail = `${options.metric} ${signedPercent(difference.estimate)}% [${signedPercent(difference.lower)}, ${signedPercent(difference.upper)}], margin ${percent(margin)}%`;
  if (difference.lower > 0) return { outcome: "better", text: `${candidate} is better than ${baseline}: ${detail}` };
  if (difference.lower > -margin) return { outcome: "not-worse", text: `${candidate} is not worse than ${baseline}: ${detail}` };
  if (difference.upper < -margin) return { outcome: "worse", text: `${candidate} is worse than ${baseline}: ${detail}` };
  return { outcome: "inconclusive", text: `${candidate} may be worse than ${baseline} (inconclusive): ${detail}` };
}

/** +1.6 / −1.2 (Unicode minus, as reports print it), one decimal, in percentage points. */
export function signedPercent(fraction: number): string {
  const value = Math.round(fraction * 1000) / 10;
  if (value === 0) return "0.0";
  return `${value > 0 ? "+" : "−"}${Math.abs(value).toFixed(1)}`;
}

function percent(fraction: number): string {
  return String(Math.round(fraction * 1000) / 10);
}
