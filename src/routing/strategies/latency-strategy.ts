import type { TargetConfig } from "../../config/gateway-config.js";
import type { RoutingStrategy } from "./strategy.js";

/**
 * Power of two choices over EWMA latency: pick two targets at random and try the
 * faster first. Sampling two instead of always taking the fastest keeps load from
 * stampeding to one target whose estimate is stale. A target with no sample yet
 * counts as fastest, so new targets get measured. Fallbacks follow by latency.
 */
export const latencyStrategy: RoutingStrategy = (targets, context) => {
  if (targets.length <= 1) return [...targets];
  const latency = (target: TargetConfig): number => context.latencyOf(target.key) ?? 0;
  const first = Math.floor(context.random() * targets.length);
  let second = Math.floor(context.random() * (targets.length - 1));
  if (second >= first) second++;
  const a = targets[first]!;
  const b = targets[second]!;
  const chosen = latency(b) < latency(a) ? b : a;
  const rest = targets.filter((target) => target !== chosen).sort((x, y) => latency(x) - latency(y));
  return [chosen, ...rest];
};
