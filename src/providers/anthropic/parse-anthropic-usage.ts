import { addCounts, type Usage } from "../../core/usage.js";
import type { AnthropicUsage } from "../../protocols/anthropic-messages/anthropic-messages-wire.js";

/**
 * Anthropic usage → canonical. Anthropic's `input_tokens` excludes cache reads and
 * writes; canonical input includes them, so the three are summed. A count the
 * upstream did not send (or sent as null) stays undefined.
 */
export function parseAnthropicUsage(usage: AnthropicUsage | null | undefined): Usage {
  const input = count(usage?.input_tokens);
  const cacheWrite = count(usage?.cache_creation_input_tokens);
  const cacheRead = count(usage?.cache_read_input_tokens);
  return {
    inputTokens: input === undefined ? undefined : addCounts(addCounts(input, cacheWrite), cacheRead),
    outputTokens: count(usage?.output_tokens),
    cachedInputTokens: cacheRead,
    cacheWriteTokens: cacheWrite,
    reasoningTokens: count(usage?.output_tokens_details?.thinking_tokens),
  };
}

/** Streamed usage is cumulative: later fields overwrite earlier ones when present, never add. */
export function mergeAnthropicUsage(previous: AnthropicUsage, next: AnthropicUsage | null | undefined): AnthropicUsage {
  if (!next) return previous;
  const merged: AnthropicUsage = { ...previous };
  for (const key of ["input_tokens", "output_tokens", "cache_creation_input_tokens", "cache_read_input_tokens"] as const) {
    if (typeof next[key] === "number") merged[key] = next[key];
  }
  if (next.output_tokens_details) merged.output_tokens_details = next.output_tokens_details;
  return merged;
}

function count(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}
