import { budgetPeriodBounds } from "./budget-period.js";
import { limitWindowMs } from "./evaluate-limits.js";
import type { KeyLimits } from "./limit-store.js";

/** The counters one request touches, and until when each must be kept. */
export interface LimitCounterNames {
  readonly rpmPrevious: string;
  readonly rpmCurrent: string;
  readonly tpmPrevious: string;
  readonly tpmCurrent: string;
  /** Kept until the previous-minute bucket is no longer read. */
  readonly windowExpiresAtMs: number;
  /** Kept a day past the period's end, so a late charge still lands before the counter disappears. */
  readonly budget: { readonly name: string; readonly expiresAtMs: number } | undefined;
}

/**
 * Counter names for a key at an instant, shared by both stores. `{keyId}` is a
 * Redis Cluster hash tag: all of one key's counters live on one shard, which a
 * Lua script touching several of them requires.
 */
export function limitCounterNames(options: { readonly prefix: string; readonly keyId: string; readonly limits: KeyLimits; readonly nowMs: number }): LimitCounterNames {
  const base = `${options.prefix}limit:{${options.keyId}}`;
  const minute = Math.floor(options.nowMs / limitWindowMs);
  const period = options.limits.budget ? budgetPeriodBounds(options.limits.budget.period, options.nowMs) : undefined;
  return {
    rpmPrevious: `${base}:rpm:${minute - 1}`,
    rpmCurrent: `${base}:rpm:${minute}`,
    tpmPrevious: `${base}:tpm:${minute - 1}`,
    tpmCurrent: `${base}:tpm:${minute}`,
    windowExpiresAtMs: (minute + 2) * limitWindowMs,
    budget: period ? { name: `${base}:budget:${period.id}`, expiresAtMs: period.endMs + 86_400_000 } : undefined,
  };
}
