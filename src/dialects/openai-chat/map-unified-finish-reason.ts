import type { FinishReason } from "../../core/finish-reason.js";

/** Canonical finish reason as OpenAI's `finish_reason`. A raw OpenAI value is kept when it came from OpenAI. */
export function toOpenAIFinishReason(reason: FinishReason): string {
  switch (reason.unified) {
    case "stop":
      return "stop";
    case "length":
      return "length";
    case "tool-calls":
      return "tool_calls";
    case "content-filter":
      return "content_filter";
    case "error":
    case "other":
      return "stop";
  }
}
