import type { Usage } from "../../core/usage.js";
import type { AnthropicUsage } from "../../protocols/anthropic-messages/anthropic-messages-wire.js";

/**
 * Canonical usage in Anthropic's shape: `input_tokens` excludes cache reads and
 * writes, which get their own fields. Anthropic's schema has no "not reported"
 * for the two main counts, so an unknown count is rendered 0 (the ledger keeps
 * the truth); unknown cache counts are null, as Anthropic itself sends them.
 */
export function renderAnthropicUsage(usage: Usage): AnthropicUsage & { input_tokens: number; output_tokens: number } {
  const cached = usage.cachedInputTokens ?? 0;
  const written = usage.cacheWriteTokens ?? 0;
  return {
    input_tokens: usage.inputTokens === undefined ? 0 : Math.max(0, usage.inputTokens - cached - written),
    output_tokens: usage.outputTokens ?? 0,
    cache_creation_input_tokens: usage.cacheWriteTokens ?? null,
    cache_read_input_tokens: usage.cachedInputTokens ?? null,
  };
}
