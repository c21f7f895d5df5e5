import type { BreakerConfig } from "../config/gateway-config.js";

export type BreakerState = "closed" | "open" | "half-open";

/** What the admin API shows for one target, and what route planning reads. */
export interface TargetHealthSnapshot {
  readonly key: string;
  readonly state: BreakerState;
  readonly consecutiveFailures: number;
  /** When an open breaker lets a probe through (epoch ms); undefined unless open. */
  readonly retryAt: number | undefined;
  readonly lastError: string | undefined;
  /** Exponentially weighted latency to first byte, ms; undefined before any success. */
  readonly latencyEwmaMs: number | undefined;
  readonly successes: number;
  readonly failures: number;
}

/** EWMA weight of the newest sample: ~the last 10 requests dominate. */
const ewmaAlpha = 0.2;

/**
 * Per-target circuit breaker and latency tracker. Closed → (N consecutive
 * failures) → open → (cooldown passes) → half-open: exactly one probe request is
 * let through; its success closes the breaker, its failure reopens it.
 * State survives config reloads because it is keyed by `provider/model`.
 */
export class TargetHealth {
  private readonly targets = new Map<string, MutableHealth>();

  constructor(private readonly now: () => number = Date.now) {}

  /** May a request be sent to this target now? Claims the half-open probe slot when it says yes to one. */
  tryAcquire(key: string, breaker: BreakerConfig): boolean {
    const health = this.get(key);
    if (health.state === "closed") return true;
    if (health.state === "open") {
      if (this.now() < (health.openedAt ?? 0) + breaker.cooldownMs) return false;
      health.state = "half-open";
      health.probeInFlight = false;
    }
    if (health.probeInFlight) return false;
    health.probeInFlight = true;
    return true;
  }

  /** Read-only check for planning (does not claim a probe). */
  isAvailable(key: string, breaker: BreakerConfig): boolean {
    const health = this.targets.get(key);
    if (!health || health.state === "closed") return true;
    if (health.state === "half-open") return !health.probeInFlight;
    return this.now() >= (health.openedAt ?? 0) + breaker.cooldownMs;
  }

  recordSuccess(key: string, latencyMs: number): void {
    const health = this.get(key);
    health.state = "closed";
    health.consecutiveFailures = 0;
    health.probeInFlight = false;
    health.openedAt = undefined;
    health.successes++;
    health.latencyEwmaMs = health.latencyEwmaMs === undefined ? latencyMs : health.latencyEwmaMs + ewmaAlpha * (latencyMs - health.latencyEwmaMs);
  }

  recordFailure(key: string, breaker: BreakerConfig, message: string): void {
    const health = this.get(key);
    health.failures++;
    health.consecutiveFailures++;
    health.lastError = message;
    health.probeInFlight = false;
    if (health.state === "half-open" || health.consecutiveFailures >= breaker.failures) {
      health.state = "open";
      health.openedAt = this.now();
    }
  }

  /** The attempt ended without a verdict on the target (the client left): free a probe slot. */
  release(key: string): void {
    const health = this.targets.get(key);
    if (health) health.probeInFlight = false;
  }

  latency(key: string): number | undefined {
    return this.targets.get(key)?.latencyEwmaMs;
  }

  snapshot(key: string, breaker: BreakerConfig): TargetHealthSnapshot {
    const health = this.targets.get(key);
    return {
      key,
      state: health?.state ?? "closed",
      consecutiveFailures: health?.consecutiveFailures ?? 0,
      retryAt: health?.state === "open" ? (health.openedAt ?? 0) + breaker.cooldownMs : undefined,
      lastError: health?.lastError,
      latencyEwmaMs: health?.latencyEwmaMs,
      successes: health?.successes ?? 0,
      failures: health?.failures ?? 0,
    };
  }

  private get(key: string): MutableHealth {
    let health = this.targets.get(key);
    if (!health) {
      health = { state: "closed", consecutiveFailures: 0, openedAt: undefined, probeInFlight: false, lastError: undefined, latencyEwmaMs: undefined, successes: 0, failures: 0 };
      this.targets.set(key, health);
    }
    return health;
  }
}

interface MutableHealth {
  state: BreakerState;
  consecutiveFailures: number;
  openedAt: number | undefined;
  probeInFlight: boolean;
  lastError: string | undefined;
  latencyEwmaMs: number | undefined;
  successes: number;
  failures: number;
}
