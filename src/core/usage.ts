/**
 * Token counts. Every field is `undefined` when the provider did not report it:
 * "not reported" must never read as 0, or costs and quotas silently go wrong.
 * `inputTokens` includes cached and cache-write tokens; `outputTokens` includes
 * reasoning tokens (OpenAI's convention, which the other protocols are mapped to).
 */
export interface Usage {
  readonly inputTokens: number | undefined;
  readonly outputTokens: number | undefined;
  readonly cachedInputTokens: number | undefined;
  readonly cacheWriteTokens: number | undefined;
  readonly reasoningTokens: number | undefined;
}

export const usageNotReported: Usage = Object.freeze({
  inputTokens: undefined,
  outputTokens: undefined,
  cachedInputTokens: undefined,
  cacheWriteTokens: undefined,
  reasoningTokens: undefined,
});

/** Sum of two known counts; unknown only when both are unknown. */
export function addCounts(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a + b;
}
