import type { Usage } from "../../core/usage.js";
import type { OpenAIUsage } from "../../protocols/openai-chat/openai-chat-wire.js";

/**
 * Canonical usage in OpenAI's shape. OpenAI has no way to say "not reported" per
 * field, so an answer with no counts at all gets no `usage`; a partial one gets
 * the counts that are known and omits the details that are not.
 */
export function renderOpenAIUsage(usage: Usage): OpenAIUsage | undefined {
  if (usage.inputTokens === undefined && usage.outputTokens === undefined) return undefined;
  const rendered: OpenAIUsage = {
    prompt_tokens: usage.inputTokens ?? 0,
    completion_tokens: usage.outputTokens ?? 0,
    total_tokens: (usage.inputTokens ?? 0) + (usage.outputTokens ?? 0),
  };
  if (usage.cachedInputTokens !== undefined || usage.cacheWriteTokens !== undefined) {
    rendered.prompt_tokens_details = {
      ...(usage.cachedInputTokens !== undefined && { cached_tokens: usage.cachedInputTokens }),
      ...(usage.cacheWriteTokens !== undefined && { cache_write_tokens: usage.cacheWriteTokens }),
    };
  }
  if (usage.reasoningTokens !== undefined) rendered.completion_tokens_details = { reasoning_tokens: usage.reasoningTokens };
  return rendered;
}
