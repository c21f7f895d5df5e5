import { createHash } from "node:crypto";
import type { RoutePlan } from "./plan-route.js";

/**
 * Puts one conversation's target first, so its prompt cache stays warm.
 * Rendezvous hashing weighted by target weight (score = -weight / ln(u), u from
 * a hash of session and target): every gateway replica picks the same target for
 * a session without shared state, sessions spread over targets in proportion to
 * their weights, and a target leaving the plan (breaker open) moves only its own
 * sessions. Fallback routes are left alone: their order is the configuration's promise.
 */
export function applySessionAffinity(plan: RoutePlan, sessionKey: string | undefined): RoutePlan {
  if (sessionKey === undefined || plan.targets.length < 2 || plan.route.strategy === "fallback") return plan;
  let best = 0;
  let bestScore = -Infinity;
  plan.targets.forEach((target, index) => {
    const digest = createHash("sha256").update(sessionKey).update("\0").update(target.key).digest();
    // 52 bits of the digest as a uniform number in (0, 1).
    const unit = (digest.readUIntBE(0, 6) * 16 + (digest[6]! >> 4) + 0.5) / 2 ** 52;
    const score = -target.weight / Math.log(unit);
    if (score > bestScore) {
      bestScore = score;
      best = index;
    }
  });
  if (best === 0) return plan;
  const targets = [plan.targets[best]!, ...plan.targets.filter((_, index) => index !== best)];
  return { ...plan, targets };
}
