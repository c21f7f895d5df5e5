import type { Usage } from "../../core/usage.js";
import type { OpenAIUsage } from "../../protocols/openai-chat/openai-chat-wire.js";

/** Wire usage → canonical. Absent fields stay undefined; a detail object that is missing is not 0. */
export function parseOpenAIUsage(usage: OpenAIUsage | null | undefined): Usage {
  return {
    inputTokens: countOrUndefined(usage?.prompt_tokens),
    outputTokens: countOrUndefined(usage?.completion_tokens),
    cachedInputTokens: countOrUndefined(usage?.prompt_tokens_details?.cached_tokens),
    cacheWriteTokens: countOrUndefined(usage?.prompt_tokens_details?.cache_write_tokens),
    reasoningTokens: countOrUndefined(usage?.completion_tokens_details?.reasoning_tokens),
  };
}

function countOrUndefined(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}
