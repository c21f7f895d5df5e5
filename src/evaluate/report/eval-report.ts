import type { Interval } from "../stats/interval.js";
import type { Verdict } from "../stats/verdict.js";

export interface ModelSummary {
  readonly label: string;
  /** What was asked for: alias or PROVIDER/MODEL. */
  readonly id: string;
  readonly role: "baseline" | "candidate";
  /** Rows this model answered or failed on. */
  readonly rows: number;
  /** Rows with assertions, i.e. with a pass/fail. */
  readonly graded: number;
  readonly passed: number;
  readonly errors: number;
  readonly cached: number;
  readonly passRate: Interval | undefined;
  readonly meanScore: number | undefined;
  readonly latencyMs: { readonly p50: number; readonly p95: number } | undefined;
  readonly costUsd: { readonly total: number; readonly p50: number; readonly p95: number; readonly unknown: number } | undefined;
  readonly inputTokens: number;
  readonly outputTokens: number;
}

export interface Comparison {
  readonly candidate: string;
  readonly baseline: string;
  /** Rows where both models have a graded result. */
  readonly pairs: number;
  readonly passRateDelta: Interval | undefined;
  /** Exact McNemar on the discordant pairs. */
  readonly mcnemar: { readonly baselineOnly: number; readonly candidateOnly: number; readonly pValue: number } | undefined;
  /** Paired bootstrap on per-row scores. */
  readonly scoreDelta: (Interval & { readonly pValue: number }) | undefined;
  /** Pairwise judging against the baseline; ties count half. */
  readonly winRate: (Interval & { readonly wins: number; readonly ties: number; readonly losses: number }) | undefined;
  readonly verdict: Verdict;
}

/** Everything a reporter needs except the rows, which are streamed from the results file. */
export interface EvalReport {
  readonly version: 1;
  readonly suite: string;
  readonly description: string | undefined;
  readonly mode: "suite" | "shadow";
  readonly startedAt: string;
  readonly durationMs: number;
  readonly interrupted: boolean;
  readonly rows: number;
  readonly plannedRows: number;
  readonly models: readonly ModelSummary[];
  readonly comparisons: readonly Comparison[];
  readonly statistics: { readonly confidence: number; readonly margin: number; readonly bootstrapResamples: number; readonly seed: number };
  /** Why the run fails (exit code 1); empty when it passes. */
  readonly failures: readonly string[];
  readonly resultsFile: string;
  readonly warnings: readonly string[];
}
