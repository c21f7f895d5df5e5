/** How one assertion went for one model's answer. */
export interface AssertionResult {
  /** The `type:` as written (`not-contains`, `llm-rubric`, …). */
  readonly label: string;
  readonly pass: boolean;
  /** 0..1, after negation. */
  readonly score: number;
  readonly weight: number;
  readonly reason: string;
}

/** The raw outcome of a check, before negation and weighting. `error` checks fail even when negated. */
export interface CheckOutcome {
  readonly pass: boolean;
  readonly score: number;
  readonly reason: string;
  readonly error?: boolean;
}

export const passed = (reason: string): CheckOutcome => ({ pass: true, score: 1, reason });
export const failed = (reason: string): CheckOutcome => ({ pass: false, score: 0, reason });
export const checkError = (reason: string): CheckOutcome => ({ pass: false, score: 0, reason, error: true });

/**
 * An assertion that fails the whole row as an error rather than the assertion:
 * promptfoo loads and calls a `file://x.js` assertion outside its error
 * handling, so a missing file or a throwing function errors the row.
 */
export class RowError extends Error {}
