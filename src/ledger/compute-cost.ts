import type { Usage } from "../core/usage.js";

/** USD per million tokens, by token kind. Absent kinds fall back as documented on `computeCost`. */
export interface TokenPrices {
  readonly input: number;
  readonly output: number;
  readonly cachedInput?: number;
  readonly cacheWrite?: number;
  readonly reasoning?: number;
}

/**
 * Cost of one request. Cached-input and cache-write tokens are priced at their
 * own rates and taken out of the full-price input; reasoning tokens at theirs when
 * the price has one (else they are output, which they are part of). Unknown
 * totals make the cost unknown; an unreported cached count is priced as
 * uncached (the provider gave no evidence of a discount).
 */
export function computeCost(usage: Usage, prices: TokenPrices): number | undefined {
  if (usage.inputTokens === undefined && usage.outputTokens === undefined) return undefined;
  if (usage.inputTokens === undefined || usage.outputTokens === undefined) return undefined;
  const cached = usage.cachedInputTokens ?? 0;
  const cacheWrite = usage.cacheWriteTokens ?? 0;
  const fullPriceInput = Math.max(0, usage.inputTokens - cached - cacheWrite);
  const reasoning = prices.reasoning === undefined ? 0 : (usage.reasoningTokens ?? 0);
  const plainOutput = Math.max(0, usage.outputTokens - reasoning);
  const microDollars =
    fullPriceInput * prices.input +
    cached * (prices.cachedInput ?? prices.input) +
    cacheWrite * (prices.cacheWrite ?? prices.input) +
    plainOutput * prices.output +
    reasoning * (prices.reasoning ?? prices.output);
  // Prices are per million tokens; round to a millionth of a cent to keep sums stable.
  return Math.round((microDollars / 1_000_000) * 1e8) / 1e8;
}
