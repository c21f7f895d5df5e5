import { budgetPeriodBounds } from "./budget-period.js";
import type { KeyLimits, LimitDecision } from "./limit-store.js";

/** RPM and TPM are counted over a sliding minute. */
export const limitWindowMs = 60_000;

/** Counter values read at one instant, before this request is counted. */
export interface LimitCounts {
  readonly rpmPrevious: number;
  readonly rpmCurrent: number;
  readonly tpmPrevious: number;
  readonly tpmCurrent: number;
  readonly spentUsd: number;
}

/**
 * Sliding-window counter (as Cloudflare's rate limiter): two fixed one-minute
 * buckets, the previous one weighted by how much of it still lies inside the last
 * 60 s. O(1) memory per key and no burst of 2× at a minute boundary, unlike a
 * plain fixed window. A request is admitted while `estimate + 1 <= limit`.
 *
 * The Redis store runs the same comparison in Lua; this function is the
 * reference, and explains refusals (which limit, how long to wait) for both stores.
 */
export function evaluateLimits(options: { readonly limits: KeyLimits; readonly counts: LimitCounts; readonly nowMs: number }): LimitDecision {
  const { limits, counts, nowMs } = options;
  const elapsedMs = nowMs % limitWindowMs;
  if (limits.budget && counts.spentUsd >= limits.budget.usd) {
    const { endMs } = budgetPeriodBounds(limits.budget.period, nowMs);
    return { admitted: false, limit: "budget", used: counts.spentUsd, retryAfterSeconds: Math.max(1, Math.ceil((endMs - nowMs) / 1000)) };
  }
  if (limits.tpm !== undefined && !hasRoom(counts.tpmPrevious, counts.tpmCurrent, limits.tpm, elapsedMs)) {
    return refusal("tpm", counts.tpmPrevious, counts.tpmCurrent, limits.tpm, elapsedMs);
  }
  if (limits.rpm !== undefined && !hasRoom(counts.rpmPrevious, counts.rpmCurrent, limits.rpm, elapsedMs)) {
    return refusal("rpm", counts.rpmPrevious, counts.rpmCurrent, limits.rpm, elapsedMs);
  }
  return { admitted: true };
}

/** The weight of the previous bucket `elapsedMs` into the current one. */
export function previousWeight(elapsedMs: number): number {
  return 1 - elapsedMs / limitWindowMs;
}

function hasRoom(previous: number, current: number, limit: number, elapsedMs: number): boolean {
  return previous * previousWeight(elapsedMs) + current + 1 <= limit;
}

function refusal(limit: "rpm" | "tpm", previous: number, current: number, max: number, elapsedMs: number): LimitDecision {
  const used = Math.round(previous * previousWeight(elapsedMs) + current);
  return { admitted: false, limit, used, retryAfterSeconds: Math.max(1, Math.ceil(waitMs(previous, current, max - 1, elapsedMs) / 1000)) };
}

/** How long until `previous * weight + current <= room`, with no more traffic meanwhile. */
function waitMs(previous: number, current: number, room: number, elapsedMs: number): number {
  if (current > room) {
    // Wait out this bucket; then it is the previous one, and must decay to `room`.
    const decay = room <= 0 ? limitWindowMs : limitWindowMs * (1 - room / current);
    return limitWindowMs - elapsedMs + decay;
  }
  return Math.max(0, limitWindowMs * (1 - (room - current) / previous) - elapsedMs);
}
