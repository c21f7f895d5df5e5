import type { Usage } from "../../core/usage.js";
import type { ResponsesUsage } from "../../protocols/openai-responses/responses-object.js";

/**
 * Canonical usage in the Responses shape. The shape has no "not reported" per
 * field, so an answer with no counts at all gets `null`; known counts are given
 * and unknown details read 0, as OpenAI's own do when a detail does not apply.
 */
export function renderResponsesUsage(usage: Usage): ResponsesUsage | null {
  if (usage.inputTokens === undefined && usage.outputTokens === undefined) return null;
  const input = usage.inputTokens ?? 0;
  const output = usage.outputTokens ?? 0;
  return {
    input_tokens: input,
    input_tokens_details: { cached_tokens: usage.cachedInputTokens ?? 0 },
    output_tokens: output,
    output_tokens_details: { reasoning_tokens: usage.reasoningTokens ?? 0 },
    total_tokens: input + output,
  };
}
