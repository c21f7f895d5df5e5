import type { FinishReason } from "../../core/finish-reason.js";

/** Gemini's own values, kept as they came when the upstream said one of them. */
const geminiFinishReasons = new Set([
  "STOP", "MAX_TOKENS", "SAFETY", "RECITATION", "LANGUAGE", "OTHER", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "MALFORMED_FUNCTION_CALL",
  "IMAGE_SAFETY", "UNEXPECTED_TOOL_CALL", "TOO_MANY_TOOL_CALLS",
]);

/** Canonical finish reason → Gemini `finishReason`. Gemini says `STOP` after tool calls too. */
export function toGeminiFinishReason(reason: FinishReason): string {
  if (reason.raw !== undefined && geminiFinishReasons.has(reason.raw)) return reason.raw;
  switch (reason.unified) {
    case "stop":
    case "tool-calls":
      return "STOP";
    case "length":
      return "MAX_TOKENS";
    case "content-filter":
      return "SAFETY";
    case "error":
    case "other":
      return "OTHER";
  }
}
