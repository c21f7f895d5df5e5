import { addCounts, type Usage } from "../../core/usage.js";
import type { GeminiUsageMetadata } from "../../protocols/gemini/gemini-wire.js";

/**
 * `usageMetadata` → canonical. `promptTokenCount` already includes cached tokens;
 * thoughts are billed as output, so output = candidates + thoughts; the tool-use
 * prompt Gemini builds for itself is input.
 */
export function parseGeminiUsage(usage: GeminiUsageMetadata | undefined): Usage {
  const candidates = count(usage?.candidatesTokenCount);
  const thoughts = count(usage?.thoughtsTokenCount);
  const prompt = count(usage?.promptTokenCount);
  return {
    inputTokens: prompt === undefined ? undefined : addCounts(prompt, count(usage?.toolUsePromptTokenCount)),
    // A chunk with a prompt count but no output count reports 0 generated tokens, not "unknown".
    outputTokens: addCounts(candidates, thoughts) ?? (prompt !== undefined ? 0 : undefined),
    cachedInputTokens: count(usage?.cachedContentTokenCount),
    cacheWriteTokens: undefined,
    reasoningTokens: thoughts,
  };
}

function count(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}
