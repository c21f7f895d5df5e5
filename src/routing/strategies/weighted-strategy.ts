import type { RoutingStrategy } from "./strategy.js";

/**
 * Smooth weighted round robin (as in nginx): each pick adds every target's weight
 * to its running score, takes the highest, and subtracts the total from it. Over
 * any window the split matches the weights, without bursts to one target.
 * The remaining targets follow as fallbacks, heaviest first.
 */
export const weightedStrategy: RoutingStrategy = (targets, context) => {
  if (targets.length <= 1) return [...targets];
  const scores = currentScores(context.state, context.alias);
  let total = 0;
  let best = targets[0]!;
  let bestScore = -Infinity;
  for (const target of targets) {
    const score = (scores.get(target.key) ?? 0) + target.weight;
    scores.set(target.key, score);
    total += target.weight;
    if (score > bestScore) {
      bestScore = score;
      best = target;
    }
  }
  scores.set(best.key, bestScore - total);
  const rest = targets.filter((target) => target !== best).sort((a, b) => b.weight - a.weight);
  return [best, ...rest];
};

function currentScores(state: Map<string, unknown>, alias: string): Map<string, number> {
  const key = `weighted:${alias}`;
  let scores = state.get(key) as Map<string, number> | undefined;
  if (!scores) {
    scores = new Map();
    state.set(key, scores);
  }
  return scores;
}
