import { GatewayError } from "../core/gateway-error.js";
import type { RouteConfig, TargetConfig } from "../config/gateway-config.js";
import type { TargetHealth } from "./target-health.js";
import { strategies } from "./strategies/index.js";

export interface RoutePlan {
  readonly route: RouteConfig;
  /** Targets in the order they will be tried; each may be retried per `route.retry`. */
  readonly targets: readonly TargetConfig[];
}

/**
 * Route + health → ordered targets. Pure apart from the strategy's own memory
 * (smooth-WRR scores) and the random source, both passed in. Targets whose
 * breaker is open are left out; if none remain, the error says why each is out
 * and when it will be tried again.
 */
export function planRoute(options: {
  readonly route: RouteConfig;
  readonly health: TargetHealth;
  readonly strategyState: Map<string, unknown>;
  readonly random?: () => number;
  readonly now?: number;
}): RoutePlan {
  const { route, health } = options;
  const available = route.targets.filter((target) => health.isAvailable(target.key, route.breaker));
  if (available.length === 0) {
    const now = options.now ?? Date.now();
    const reasons = route.targets.map((target) => {
      const snapshot = health.snapshot(target.key, route.breaker);
      const wait = snapshot.retryAt === undefined ? "probe in flight" : `retry in ${Math.max(0, Math.ceil((snapshot.retryAt - now) / 1000))}s`;
      return `${target.key} circuit ${snapshot.state} after ${snapshot.consecutiveFailures} consecutive failures (last: ${snapshot.lastError ?? "unknown"}; ${wait})`;
    });
    const soonest = Math.min(...route.targets.map((target) => health.snapshot(target.key, route.breaker).retryAt ?? now));
    throw new GatewayError("no-target-available", `No target available for "${route.alias}": ${reasons.join("; ")}`, {
      retryAfterSeconds: Math.max(1, Math.ceil((soonest - now) / 1000)),
    });
  }
  const ordered = strategies[route.strategy](available, {
    alias: route.alias,
    latencyOf: (key) => health.latency(key),
    random: options.random ?? Math.random,
    state: options.strategyState,
  });
  return { route, targets: ordered };
}
