import type { AssertionResult } from "../assert/assertion-result.js";
import type { PairwiseJudgement } from "../judge/judge-pairwise.js";

/** One model's result on one row. Written to the results file; never kept in memory for the whole run. */
export interface CellResult {
  /** The model's label. */
  readonly model: string;
  readonly output: string | null;
  readonly toolCalls: readonly { readonly name: string; readonly arguments: string }[];
  /** Why no answer came back (after retries); the cell then fails. */
  readonly error: string | null;
  /** Null when the row has no assertions to grade (shadow pairs). */
  readonly pass: boolean | null;
  readonly score: number | null;
  readonly latencyMs: number | null;
  readonly costUsd: number | null;
  readonly inputTokens: number | null;
  readonly outputTokens: number | null;
  readonly target: string | null;
  readonly cached: boolean;
  readonly assertions: readonly AssertionResult[];
  /** This candidate against the baseline on this row. */
  readonly pairwise: PairwiseJudgement | null;
}

/** A test × prompt (or one shadow pair), with every model's cell side by side. */
export interface TestRow {
  readonly index: number;
  readonly name: string;
  readonly prompt: string;
  readonly vars: Readonly<Record<string, unknown>>;
  /** The conversation sent, as text. */
  readonly input: string;
  readonly cells: readonly CellResult[];
}
