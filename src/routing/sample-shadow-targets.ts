import type { ShadowTargetConfig } from "../config/gateway-config.js";

/** Which of a route's shadow targets get a copy of this request: each independently, with its `sample` probability. */
export function sampleShadowTargets(targets: readonly ShadowTargetConfig[], random: () => number = Math.random): ShadowTargetConfig[] {
  return targets.filter((target) => target.sample >= 1 || random() < target.sample);
}
