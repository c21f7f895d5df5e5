import { describe, expect, it } from "vitest";
import { computeCost } from "../../src/ledger/compute-cost.js";
import type { Usage } from "../../src/core/usage.js";

const usage = (partial: Partial<Usage>): Usage => ({
  inputTokens: undefined,
  outputTokens: undefined,
  cachedInputTokens: undefined,
  cacheWriteTokens: undefined,
  reasoningTokens: undefined,
  ...partial,
});

describe("cost of a request", () => {
  // An Anthropic-style price: cache reads at a tenth, cache writes at 1.25×.
  const claude = { input: 3, output: 15, cachedInput: 0.3, cacheWrite: 3.75 };

  it("prices cached-input and cache-write tokens at their own rates, out of the full-price input", () => {
    // 10,000 input of which 8,000 read from cache and 1,000 written to it; 500 output.
    const cost = computeCost(usage({ inputTokens: 10_000, cachedInputTokens: 8_000, cacheWriteTokens: 1_000, outputTokens: 500 }), claude);
    // 1,000×3 + 8,000×0.3 + 1,000×3.75 + 500×15 = 3,000 + 2,400 + 3,750 + 7,500 = 16,650 µ$ = $0.01665
    expect(cost).toBe(0.01665);
  });

  it("prices reasoning tokens separately only when the price has a reasoning rate", () => {
    const withRate = computeCost(usage({ inputTokens: 1_000, outputTokens: 3_000, reasoningTokens: 2_000 }), { input: 1, output: 4, reasoning: 8 });
    // 1,000×1 + 1,000×4 + 2,000×8 = 21,000 µ$
    expect(withRate).toBe(0.021);
    const asOutput = computeCost(usage({ inputTokens: 1_000, outputTokens: 3_000, reasoningTokens: 2_000 }), { input: 1, output: 4 });
    expect(asOutput).toBe(0.013);
  });

  it("keeps cost unknown when token totals are unknown, and prices an unreported cache count as uncached", () => {
    expect(computeCost(usage({}), claude)).toBeUndefined();
    expect(computeCost(usage({ outputTokens: 10 }), claude)).toBeUndefined();
    expect(computeCost(usage({ inputTokens: 1_000_000, outputTokens: 0 }), claude)).toBe(3);
  });
});
