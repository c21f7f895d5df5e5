import type { FinishReason } from "../../core/finish-reason.js";

/** Anthropic values that pass through as they came, when the upstream was Anthropic. */
const anthropicStopReasons = new Set(["end_turn", "max_tokens", "stop_sequence", "tool_use", "pause_turn", "refusal", "model_context_window_exceeded"]);

/** Canonical finish reason → Anthropic `stop_reason`. No other protocol uses these raw strings, so a raw match means Anthropic said it. */
export function toAnthropicStopReason(reason: FinishReason): string {
  if (reason.raw !== undefined && anthropicStopReasons.has(reason.raw)) return reason.raw;
  switch (reason.unified) {
    case "stop":
      return "end_turn";
    case "length":
      return "max_tokens";
    case "tool-calls":
      return "tool_use";
    case "content-filter":
      return "refusal";
    case "error":
    case "other":
      return "end_turn";
  }
}
