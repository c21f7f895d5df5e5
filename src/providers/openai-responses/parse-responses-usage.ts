import type { Usage } from "../../core/usage.js";

/** The usage object of a Responses answer, as upstreams send it (every field may be missing). */
export interface ResponsesWireUsage {
  readonly input_tokens?: unknown;
  readonly input_tokens_details?: { readonly cached_tokens?: unknown } | null;
  readonly output_tokens?: unknown;
  readonly output_tokens_details?: { readonly reasoning_tokens?: unknown } | null;
}

/** Responses usage → canonical. A missing count stays undefined, never 0. */
export function parseResponsesUsage(usage: ResponsesWireUsage | null | undefined): Usage {
  return {
    inputTokens: count(usage?.input_tokens),
    outputTokens: count(usage?.output_tokens),
    cachedInputTokens: count(usage?.input_tokens_details?.cached_tokens),
    cacheWriteTokens: undefined,
    reasoningTokens: count(usage?.output_tokens_details?.reasoning_tokens),
  };
}

function count(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}
