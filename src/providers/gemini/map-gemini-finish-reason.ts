import type { FinishReason } from "../../core/finish-reason.js";

const contentFilterReasons = new Set([
  "SAFETY", "RECITATION", "LANGUAGE", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY", "IMAGE_PROHIBITED_CONTENT", "IMAGE_RECITATION",
]);

/**
 * Gemini `finishReason` (or a prompt's `blockReason`) → canonical. Gemini says
 * `STOP` even when it called tools, so the caller passes whether it saw calls.
 */
export function mapGeminiFinishReason(raw: string | undefined, sawToolCalls: boolean): FinishReason {
  if (raw === "STOP" || raw === undefined) return { unified: sawToolCalls ? "tool-calls" : raw === undefined ? "other" : "stop", raw };
  if (raw === "MAX_TOKENS") return { unified: "length", raw };
  if (contentFilterReasons.has(raw)) return { unified: "content-filter", raw };
  // The model produced a call Gemini could not parse or did not allow: the turn failed.
  if (raw === "MALFORMED_FUNCTION_CALL" || raw === "UNEXPECTED_TOOL_CALL" || raw === "TOO_MANY_TOOL_CALLS") return { unified: "error", raw };
  return { unified: "other", raw };
}
