import type { Interval } from "./interval.js";

/** What the interval of (candidate − baseline) shows, in the words of a non-inferiority test. */
export type VerdictOutcome = "superior" | "non-inferior" | "non-inferiority-not-shown" | "significantly-worse" | "no-data";

export interface Verdict {
  readonly outcome: VerdictOutcome;
  readonly text: string;
}

/**
 * Non-inferiority on a difference (candidate − baseline) with its interval:
 * superior when the whole interval is above 0; non-inferior when it stays
 * above −margin; significantly worse when the whole interval is below 0 (it
 * excludes "no difference", whatever the margin); otherwise non-inferiority is
 * not shown — the interval reaches below −margin but also reaches 0. `metric`
 * names the scale, e.g. "Δ pass rate" or "win rate − 50%".
 */
export function nonInferiorityVerdict(options: { candidate: string; baseline: string; difference: Interval | undefined; margin: number; metric: string }): Verdict {
  const { candidate, baseline, difference, margin } = options;
  if (difference === undefined || Number.isNaN(difference.estimate)) return { outcome: "no-data", text: `${candidate} vs ${baseline}: no paired results to compare` };
  const detail = `${options.metric} ${signedPercent(difference.estimate)}% [${signedPercent(difference.lower)}, ${signedPercent(difference.upper)}], margin ${percent(margin)}%`;
  if (difference.lower > 0) return { outcome: "superior", text: `${candidate} is superior to ${baseline}: ${detail}` };
  if (difference.lower > -margin) return { outcome: "non-inferior", text: `${candidate} is non-inferior to ${baseline}: ${detail}` };
  if (difference.upper < 0) return { outcome: "significantly-worse", text: `${candidate} is significantly worse than ${baseline}: ${detail}` };
  return { outcome: "non-inferiority-not-shown", text: `${candidate} vs ${baseline}: non-inferiority not shown: ${detail}` };
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
