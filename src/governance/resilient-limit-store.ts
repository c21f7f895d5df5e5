import { GatewayError } from "../core/gateway-error.js";
import { chargeWritesCounters, type KeyLimits, type LimitDecision, type LimitStore } from "./limit-store.js";
import type { RateLimitedWarning } from "./rate-limited-warning.js";
import type { StoreBreaker } from "./store-breaker.js";

/** What a governed request gets while its limits cannot be checked. */
export type StoreErrorPolicy = "allow" | "deny";

/**
 * A shared limit store (Redis) behind a breaker and the `governance.on_store_error`
 * policy. A failure, a call past its deadline or an open breaker yields the policy's
 * answer within the deadline: `allow` admits unchecked (the gateway keeps serving),
 * `deny` refuses with 503. Charges that cannot be recorded are dropped: the
 * counters only lose what happened during the outage. Failures are counted into a
 * rate-limited warning, never logged per request.
 */
export class ResilientLimitStore implements LimitStore {
  constructor(
    private readonly options: {
      readonly store: LimitStore;
      readonly breaker: StoreBreaker;
      readonly policy: StoreErrorPolicy;
      readonly admitWarning: RateLimitedWarning;
      readonly chargeWarning: RateLimitedWarning;
      /** Retry-After for refusals under `deny`: the breaker's cooldown. */
      readonly retryAfterSeconds: number;
    },
  ) {}

  async admit(request: { readonly keyId: string; readonly limits: KeyLimits; readonly nowMs: number }): Promise<LimitDecision> {
    try {
      return await this.options.breaker.run(() => this.options.store.admit(request));
    } catch (error) {
      this.options.admitWarning.note(error);
      if (this.options.policy === "allow") return { admitted: true };
      throw new GatewayError("no-target-available", "Rate limits and budgets cannot be checked: the limit store (Redis) is unavailable, and governance.on_store_error is deny", {
        status: 503,
        retryAfterSeconds: this.options.retryAfterSeconds,
      });
    }
  }

  async charge(request: { readonly keyId: string; readonly limits: KeyLimits; readonly tokens: number; readonly costUsd: number; readonly nowMs: number }): Promise<void> {
    if (!chargeWritesCounters(request)) return;
    try {
      await this.options.breaker.run(() => this.options.store.charge(request));
    } catch (error) {
      this.options.chargeWarning.note(error);
    }
  }

  close(): Promise<void> {
    return this.options.store.close();
  }
}
