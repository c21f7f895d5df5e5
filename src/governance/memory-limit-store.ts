import { evaluateLimits } from "./evaluate-limits.js";
import { limitCounterNames } from "./limit-counter-names.js";
import type { KeyLimits, LimitDecision, LimitStore } from "./limit-store.js";

/**
 * Limits for one gateway process. Node runs one request's admit to completion
 * before the next, so plain reads and writes are already atomic here.
 */
export class MemoryLimitStore implements LimitStore {
  private readonly counters = new Map<string, { value: number; expiresAtMs: number }>();
  private readonly sweeper: NodeJS.Timeout;

  constructor() {
    // Expired buckets are dropped lazily on read; the sweep bounds memory for keys that went quiet.
    this.sweeper = setInterval(() => this.sweep(Date.now()), 60_000);
    this.sweeper.unref();
  }

  async admit(options: { readonly keyId: string; readonly limits: KeyLimits; readonly nowMs: number }): Promise<LimitDecision> {
    const names = limitCounterNames({ prefix: "", ...options });
    const now = options.nowMs;
    const decision = evaluateLimits({
      limits: options.limits,
      nowMs: now,
      counts: {
        rpmPrevious: this.read(names.rpmPrevious, now),
        rpmCurrent: this.read(names.rpmCurrent, now),
        tpmPrevious: this.read(names.tpmPrevious, now),
        tpmCurrent: this.read(names.tpmCurrent, now),
        spentUsd: names.budget === undefined ? 0 : this.read(names.budget.name, now),
      },
    });
    if (decision.admitted && options.limits.rpm !== undefined) this.add(names.rpmCurrent, 1, names.windowExpiresAtMs, now);
    return decision;
  }

  async charge(options: { readonly keyId: string; readonly limits: KeyLimits; readonly tokens: number; readonly costUsd: number; readonly nowMs: number }): Promise<void> {
    const names = limitCounterNames({ prefix: "", ...options });
    if (options.limits.tpm !== undefined && options.tokens > 0) this.add(names.tpmCurrent, options.tokens, names.windowExpiresAtMs, options.nowMs);
    if (names.budget !== undefined && options.costUsd > 0) this.add(names.budget.name, options.costUsd, names.budget.expiresAtMs, options.nowMs);
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.counters.clear();
  }

  private read(name: string, nowMs: number): number {
    const counter = this.counters.get(name);
    if (!counter) return 0;
    if (counter.expiresAtMs <= nowMs) {
      this.counters.delete(name);
      return 0;
    }
    return counter.value;
  }

  private add(name: string, amount: number, expiresAtMs: number, nowMs: number): void {
    this.counters.set(name, { value: this.read(name, nowMs) + amount, expiresAtMs });
  }

  private sweep(nowMs: number): void {
    for (const [name, counter] of this.counters) if (counter.expiresAtMs <= nowMs) this.counters.delete(name);
  }
}
