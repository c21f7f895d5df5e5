import type { RoutingStrategy } from "./strategy.js";

/** Targets in the order the config lists them. */
export const fallbackStrategy: RoutingStrategy = (targets) => [...targets];
