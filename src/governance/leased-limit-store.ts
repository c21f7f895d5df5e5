import { performance } from "node:perf_hooks";
import type { Redis } from "ioredis";
import { GatewayError } from "../core/gateway-error.js";
import { budgetPeriodBounds } from "./budget-period.js";
import { evaluateLimits, limitWindowMs } from "./evaluate-limits.js";
import { defineLeaseCommand, type LeaseReply, type LeaseRequest, type WindowLeaseRequest } from "./lease-script.js";
import { LeaseSlice } from "./lease-slice.js";
import type { KeyLimits, LimitDecision, LimitName, LimitStore } from "./limit-store.js";
import type { RateLimitedWarning } from "./rate-limited-warning.js";
import type { StoreBreaker } from "./store-breaker.js";

/** What a governed request gets while its limits cannot be checked. */
export type StoreErrorPolicy = "allow" | "deny";

/** A slice not used for this many sync intervals goes back to Redis, for other replicas to lease. */
const idleSyncIntervals = 10;
/** A key's state is dropped once it holds nothing and has not been used for this long. */
const forgetAfterMs = 2 * limitWindowMs;
/** Reconciles one waiting request may wait for before it is refused (only when concurrent requests keep taking the new slices). */
const maxWaits = 4;

interface KeyLease {
  readonly keyId: string;
  readonly limits: KeyLimits;
  readonly base: string;
  readonly rpm: LeaseSlice | undefined;
  readonly tpm: LeaseSlice | undefined;
  readonly budget: LeaseSlice | undefined;
  lastUsedAt: number;
  /** Requests waiting for a slice: the next lease asks for at least this many RPM units. */
  waiting: number;
  inFlight: Promise<ReconcileOutcome> | undefined;
}

interface ReconcileOutcome {
  readonly reply: LeaseReply;
  /** Limits this reconcile asked more of and got none: Redis has no room left. */
  readonly exhausted: ReadonlySet<LimitName>;
}

/**
 * Limits shared by replicas through Redis, without a Redis call per request.
 * Each replica leases slices (`governance.leases.fraction` of each limit) and
 * admits from them in memory; a background sync every `sync_interval_ms`
 * reports usage beyond the slices, gives back idle or expired slices and tops
 * up low ones (lease-script.ts does each of these atomically). A request waits
 * for Redis only when its key's slice is empty: the first request of a key on a
 * replica, or a key at its limit.
 *
 * Bounds across N replicas: RPM is never exceeded, because a request spends a
 * unit reserved in Redis for the same server minute. TPM and budgets are
 * charged when a request ends, so they can overshoot by the usage of requests
 * in flight when the limit is reached, plus what other replicas spend in one
 * sync interval before they see that usage (README: "Several replicas").
 *
 * Redis calls go through the breaker. When a request must wait for a lease and
 * Redis cannot answer, `on_store_error` decides: `allow` admits it unchecked,
 * `deny` refuses with 503. Slices already held stay valid during an outage, and
 * usage is reported once Redis answers again.
 */
export class LeasedLimitStore implements LimitStore {
  private readonly leases = new Map<string, KeyLease>();
  private readonly lease: (request: LeaseRequest) => Promise<LeaseReply>;
  private readonly timer: NodeJS.Timeout;
  /** Redis's clock minus ours, from the last reply: budget periods follow Redis time too. */
  private serverOffsetMs = 0;
  private closed = false;

  constructor(
    private readonly options: {
      readonly redis: Redis;
      readonly prefix: string;
      readonly breaker: StoreBreaker;
      readonly policy: StoreErrorPolicy;
      readonly fraction: number;
      readonly syncIntervalMs: number;
      readonly admitWarning: RateLimitedWarning;
      readonly syncWarning: RateLimitedWarning;
      /** Retry-After for refusals under `deny`: the breaker's cooldown. */
      readonly retryAfterSeconds: number;
      /** Monotonic milliseconds; tests may drive it. */
      readonly now?: () => number;
    },
  ) {
    this.lease = defineLeaseCommand(options.redis);
    this.timer = setInterval(() => this.sync(), options.syncIntervalMs);
    this.timer.unref();
  }

  async admit(request: { readonly keyId: string; readonly limits: KeyLimits; readonly nowMs: number }): Promise<LimitDecision> {
    const lease = this.leaseFor(request.keyId, request.limits);
    lease.lastUsedAt = this.now();
    for (let wait = 0; ; wait++) {
      const missing = this.missing(lease);
      if (missing === undefined) {
        lease.rpm?.consume(1, this.now());
        this.topUp(lease);
        return { admitted: true };
      }
      let outcome: ReconcileOutcome;
      lease.waiting++;
      try {
        outcome = await this.reconcile(lease);
      } catch (error) {
        this.options.admitWarning.note(error);
        if (this.options.policy === "allow") return { admitted: true };
        throw new GatewayError("no-target-available", "Rate limits and budgets cannot be checked: the limit store (Redis) is unavailable, and governance.on_store_error is deny", {
          status: 503,
          retryAfterSeconds: this.options.retryAfterSeconds,
        });
      } finally {
        lease.waiting--;
      }
      const stillMissing = this.missing(lease);
      if (stillMissing === undefined) continue;
      if (outcome.exhausted.has(stillMissing) || wait + 1 >= maxWaits) return refusal(lease.limits, outcome, stillMissing);
    }
  }

  async charge(request: { readonly keyId: string; readonly limits: KeyLimits; readonly tokens: number; readonly costUsd: number; readonly nowMs: number }): Promise<void> {
    const lease = this.leaseFor(request.keyId, request.limits);
    const now = this.now();
    if (request.tokens > 0) lease.tpm?.consume(request.tokens, now);
    if (request.costUsd > 0) lease.budget?.consume(request.costUsd, now);
    // Debt is reported at once when no call is out; otherwise by the sync within one interval.
    if ((lease.tpm?.debt ?? 0) > 0 || (lease.budget?.debt ?? 0) > 0) this.reconcileInBackground(lease);
    else this.topUp(lease);
  }

  /** Stops syncing and gives every slice back, reporting debt (best effort, bounded by the breaker's deadline). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    await Promise.allSettled([...this.leases.values()].map(async (lease) => {
      await lease.inFlight?.catch(() => undefined);
      await this.reconcile(lease, { giveBackAll: true });
    }));
    this.leases.clear();
  }

  /** The first limit whose slice cannot admit one more request now, or undefined when all can. */
  private missing(lease: KeyLease): LimitName | undefined {
    const now = this.now();
    // Budgets and TPM admit while anything is left (the request's usage is known only at its end), as evaluate-limits.ts does.
    if (lease.budget && lease.budget.usable(now) <= 0) return "budget";
    if (lease.tpm && lease.tpm.usable(now) < 1) return "tpm";
    if (lease.rpm && lease.rpm.usable(now) < 1) return "rpm";
    return undefined;
  }

  private leaseFor(keyId: string, limits: KeyLimits): KeyLease {
    const existing = this.leases.get(keyId);
    if (existing && sameLimits(existing.limits, limits)) return existing;
    const size = (limit: number): number => Math.max(1, Math.floor(limit * this.options.fraction));
    const lease: KeyLease = {
      keyId,
      limits,
      base: `${this.options.prefix}limit:{${keyId}}`,
      rpm: limits.rpm === undefined ? undefined : new LeaseSlice(limits.rpm, size(limits.rpm)),
      tpm: limits.tpm === undefined ? undefined : new LeaseSlice(limits.tpm, size(limits.tpm)),
      budget: limits.budget === undefined ? undefined : new LeaseSlice(limits.budget.usd, limits.budget.usd * this.options.fraction),
      lastUsedAt: this.now(),
      waiting: 0,
      inFlight: undefined,
    };
    // A key whose limits changed starts afresh; the old slices expire with their minute in Redis.
    this.leases.set(keyId, lease);
    return lease;
  }

  /** Starts a lease in the background when a slice runs low, so the next requests need not wait. */
  private topUp(lease: KeyLease): void {
    const now = this.now();
    if (lease.inFlight) return;
    if (lease.rpm?.low(now) || lease.tpm?.low(now) || lease.budget?.low(now)) this.reconcileInBackground(lease);
  }

  private reconcileInBackground(lease: KeyLease): void {
    if (lease.inFlight || this.closed) return;
    this.reconcile(lease).catch((error: unknown) => this.options.syncWarning.note(error));
  }

  /** Every interval: report debt, give back idle or expired slices, forget keys long unused. */
  private sync(): void {
    const now = this.now();
    for (const lease of this.leases.values()) {
      if (lease.inFlight) continue;
      const slices = [lease.rpm, lease.tpm, lease.budget].filter((slice) => slice !== undefined);
      const idle = now - lease.lastUsedAt >= idleSyncIntervals * this.options.syncIntervalMs;
      const owes = slices.some((slice) => slice.debt > 0 || slice.stale !== undefined || (slice.available > 0 && (idle || now >= slice.expiresAt)));
      if (owes) {
        this.reconcile(lease, { giveBackAll: idle }).catch((error: unknown) => this.options.syncWarning.note(error));
      } else if (now - lease.lastUsedAt >= forgetAfterMs && slices.every((slice) => slice.available === 0)) {
        this.leases.delete(lease.keyId);
      }
    }
  }

  /** One lease call for a key; concurrent callers share the one in flight. */
  private reconcile(lease: KeyLease, options: { readonly giveBackAll?: boolean } = {}): Promise<ReconcileOutcome> {
    if (lease.inFlight) return lease.inFlight;
    const call = this.call(lease, options.giveBackAll === true).finally(() => {
      lease.inFlight = undefined;
    });
    lease.inFlight = call;
    return call;
  }

  private async call(lease: KeyLease, giveBackAll: boolean): Promise<ReconcileOutcome> {
    const now = this.now();
    const asked = new Set<LimitName>();
    const window = (name: "rpm" | "tpm", slice: LeaseSlice | undefined): { request: WindowLeaseRequest | undefined; debt: number } => {
      if (!slice) return { request: undefined, debt: 0 };
      const outgoing = slice.takeOutgoing(now, giveBackAll);
      let giveBack = outgoing.giveBack;
      let giveBackIn = outgoing.giveBackIn;
      if (outgoing.staleGiveBack) {
        // One give-back per counter per call: the older one goes first, the other waits for the next sync.
        if (giveBack > 0) slice.stale = { amount: giveBack, grantedIn: giveBackIn };
        giveBack = outgoing.staleGiveBack.amount;
        giveBackIn = outgoing.staleGiveBack.grantedIn;
      }
      const remaining = slice.usable(now);
      const needed = name === "rpm" ? Math.max(slice.size, lease.waiting) : slice.size;
      const want = giveBackAll || remaining >= needed / 2 ? 0 : needed - remaining;
      if (want > 0) asked.add(name);
      return { request: { limit: slice.limit, want, giveBack, giveBackMinute: Number(giveBackIn), debt: outgoing.debt }, debt: outgoing.debt };
    };
    const rpm = window("rpm", lease.rpm);
    const tpm = window("tpm", lease.tpm);
    const budget = this.budgetRequest(lease, now, giveBackAll, asked);

    const sentAt = this.now();
    const sentWallMs = Date.now();
    let reply: LeaseReply;
    try {
      reply = await this.options.breaker.run(() =>
        this.lease({ base: lease.base, rpm: rpm.request, tpm: tpm.request, budget: budget?.request }),
      );
    } catch (error) {
      lease.rpm?.restoreDebt(rpm.debt);
      lease.tpm?.restoreDebt(tpm.debt);
      if (budget) lease.budget?.restoreDebt(budget.request.debt);
      throw error;
    }
    this.serverOffsetMs = reply.serverMs - (sentWallMs + Date.now()) / 2;
    // A grant is usable until its minute ends by Redis's clock, counted from when we asked: never later than the true end.
    const minute = Math.floor(reply.serverMs / limitWindowMs);
    const windowExpiresAt = sentAt + (minute + 1) * limitWindowMs - reply.serverMs;
    lease.rpm?.receive({ grant: reply.rpm.grant, grantedIn: minute, expiresAt: windowExpiresAt });
    lease.tpm?.receive({ grant: reply.tpm.grant, grantedIn: minute, expiresAt: windowExpiresAt });
    if (budget && lease.budget) {
      lease.budget.receive({ grant: reply.budget.grant, grantedIn: budget.request.counter, expiresAt: sentAt + budget.periodEndMs - reply.serverMs });
    }
    const exhausted = new Set<LimitName>();
    if (asked.has("rpm") && reply.rpm.grant === 0) exhausted.add("rpm");
    if (asked.has("tpm") && reply.tpm.grant === 0) exhausted.add("tpm");
    if (asked.has("budget") && reply.budget.grant === 0) exhausted.add("budget");
    return { reply, exhausted };
  }

  private budgetRequest(lease: KeyLease, now: number, giveBackAll: boolean, asked: Set<LimitName>): { request: NonNullable<LeaseRequest["budget"]>; periodEndMs: number } | undefined {
    const slice = lease.budget;
    const budget = lease.limits.budget;
    if (!slice || !budget) return undefined;
    const period = budgetPeriodBounds(budget.period, Date.now() + this.serverOffsetMs);
    const counter = `${lease.base}:budget:${period.id}`;
    const outgoing = slice.takeOutgoing(now, giveBackAll);
    // Units of a period that has ended are not given back: that period's counter no longer matters.
    const giveBack = outgoing.giveBackIn === counter ? outgoing.giveBack : 0;
    const remaining = slice.usable(now);
    const want = giveBackAll || remaining >= slice.size / 2 ? 0 : slice.size - remaining;
    if (want > 0) asked.add("budget");
    return { request: { limit: slice.limit, want, giveBack, debt: outgoing.debt, counter, expiresAtMs: period.endMs + 86_400_000 }, periodEndMs: period.endMs };
  }

  private now(): number {
    return (this.options.now ?? performance.now.bind(performance))();
  }
}

function sameLimits(a: KeyLimits, b: KeyLimits): boolean {
  return a.rpm === b.rpm && a.tpm === b.tpm && a.budget?.usd === b.budget?.usd && a.budget?.period === b.budget?.period;
}

/** A refusal explained from the counts Redis reported, at Redis's time. */
function refusal(limits: KeyLimits, outcome: ReconcileOutcome, missing: LimitName): LimitDecision {
  const { reply } = outcome;
  const counts = {
    rpmPrevious: reply.rpm.previous,
    rpmCurrent: reply.rpm.current,
    tpmPrevious: reply.tpm.previous,
    tpmCurrent: reply.tpm.current,
    spentUsd: reply.budget.spent,
  };
  const decision = evaluateLimits({ limits, counts, nowMs: reply.serverMs });
  if (!decision.admitted) return decision;
  // At the very edge (a fraction of a unit left, or slices other replicas still hold) the counts alone would admit; the lease's word is final.
  const used = missing === "budget" ? counts.spentUsd : missing === "tpm" ? counts.tpmCurrent : counts.rpmCurrent;
  return { admitted: false, limit: missing, used, retryAfterSeconds: 1 };
}
