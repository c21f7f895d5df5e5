import type { FinishReason } from "../../core/finish-reason.js";

/** Anthropic `stop_reason` → canonical; the raw value is kept for the record and for Anthropic-dialect callers. */
export function mapAnthropicStopReason(raw: string | null | undefined): FinishReason {
  const value = raw ?? undefined;
  switch (value) {
    case "end_turn":
    case "stop_sequence":
      return { unified: "stop", raw: value };
    // A full context window is, for a caller, the same as running out of tokens.
    case "max_tokens":
    case "model_context_window_exceeded":
      return { unified: "length", raw: value };
    case "tool_use":
      return { unified: "tool-calls", raw: value };
    case "refusal":
      return { unified: "content-filter", raw: value };
    default:
      // `pause_turn` (a long server-tool turn) and anything newer.
      return { unified: "other", raw: value };
  }
}
