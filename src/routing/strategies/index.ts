import type { RoutingStrategyName } from "../../config/gateway-config.js";
import { fallbackStrategy } from "./fallback-strategy.js";
import { latencyStrategy } from "./latency-strategy.js";
import type { RoutingStrategy } from "./strategy.js";
import { weightedStrategy } from "./weighted-strategy.js";

export const strategies = {
  fallback: fallbackStrategy,
  weighted: weightedStrategy,
  latency: latencyStrategy,
} as const satisfies Record<RoutingStrategyName, RoutingStrategy>;
