import type { Usage } from "../../core/usage.js";
import type { GeminiUsageMetadata } from "../../protocols/gemini/gemini-wire.js";

/**
 * Canonical usage as Gemini's `usageMetadata`: `candidatesTokenCount` is visible
 * output only, thoughts are counted apart. Unknown counts are left out, as Gemini
 * itself leaves them out, so "not reported" stays distinct from 0.
 */
export function renderGeminiUsage(usage: Usage): GeminiUsageMetadata | undefined {
  if (usage.inputTokens === undefined && usage.outputTokens === undefined) return undefined;
  const metadata: GeminiUsageMetadata = {};
  if (usage.inputTokens !== undefined) metadata.promptTokenCount = usage.inputTokens;
  if (usage.cachedInputTokens !== undefined) metadata.cachedContentTokenCount = usage.cachedInputTokens;
  if (usage.outputTokens !== undefined) metadata.candidatesTokenCount = Math.max(0, usage.outputTokens - (usage.reasoningTokens ?? 0));
  if (usage.reasoningTokens !== undefined) metadata.thoughtsTokenCount = usage.reasoningTokens;
  if (usage.inputTokens !== undefined && usage.outputTokens !== undefined) metadata.totalTokenCount = usage.inputTokens + usage.outputTokens;
  return metadata;
}
