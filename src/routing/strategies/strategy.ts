import type { TargetConfig } from "../../config/gateway-config.js";

/** What a strategy may consult: per-target latency, a random source, and its own per-route memory. */
export interface StrategyContext {
  readonly latencyOf: (key: string) => number | undefined;
  readonly random: () => number;
  /** Per-route mutable state the strategy owns (e.g. smooth-WRR current weights). */
  readonly state: Map<string, unknown>;
  readonly alias: string;
}

/** Orders a route's available targets: the first is tried first, the rest are fallbacks in order. */
export type RoutingStrategy = (targets: readonly TargetConfig[], context: StrategyContext) => TargetConfig[];
