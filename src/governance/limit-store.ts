import type { KeyBudget } from "./virtual-key.js";

/** The limits one key carries; an absent one is unlimited. */
export interface KeyLimits {
  readonly rpm: number | undefined;
  readonly tpm: number | undefined;
  readonly budget: KeyBudget | undefined;
}

export type LimitName = "rpm" | "tpm" | "budget";

export type LimitDecision =
  | { readonly admitted: true }
  | {
      readonly admitted: false;
      readonly limit: LimitName;
      readonly retryAfterSeconds: number;
      /** What the counter stood at: requests or tokens in the last minute, or USD spent this period. */
      readonly used: number;
    };

/**
 * Counters behind RPM, TPM and budgets: in process memory (one gateway), or
 * slices leased from Redis (many replicas, one limit; leased-limit-store.ts).
 * Each `admit` checks and counts together, so two requests cannot both take the last slot.
 */
export interface LimitStore {
  /** Refuses when a limit is already reached; otherwise counts the request toward RPM. */
  admit(options: { readonly keyId: string; readonly limits: KeyLimits; readonly nowMs: number }): Promise<LimitDecision>;
  /** Adds what a finished request used: tokens toward TPM, cost toward the budget of the period it ended in. */
  charge(options: { readonly keyId: string; readonly limits: KeyLimits; readonly tokens: number; readonly costUsd: number; readonly nowMs: number }): Promise<void>;
  close(): Promise<void>;
}
