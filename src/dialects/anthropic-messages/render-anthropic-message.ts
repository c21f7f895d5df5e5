import type { ChatResponse } from "../../core/chat-response.js";
import type { AnthropicMessage, AnthropicResponseBlock } from "../../protocols/anthropic-messages/anthropic-messages-wire.js";
import { toAnthropicStopReason } from "./map-unified-stop-reason.js";
import { renderAnthropicUsage } from "./render-anthropic-usage.js";

/** A canonical response as an Anthropic `message`. */
export function renderAnthropicMessage(response: ChatResponse): AnthropicMessage {
  const content: AnthropicResponseBlock[] = [];
  for (const part of response.content) {
    switch (part.type) {
      case "text":
        if (part.text !== "") content.push({ type: "text", text: part.text });
        break;
      case "tool-call":
        content.push({ type: "tool_use", id: part.id, name: part.name, input: parseInput(part.arguments) });
        break;
      case "reasoning":
        // Reasoning from non-Anthropic models has no signature; "" says so (and is not sent back as one).
        content.push(part.redactedData !== undefined ? { type: "redacted_thinking", data: part.redactedData } : { type: "thinking", thinking: part.text, signature: part.signature ?? "" });
        break;
    }
  }
  return {
    id: response.id,
    type: "message",
    role: "assistant",
    model: response.model,
    content,
    stop_reason: toAnthropicStopReason(response.finishReason),
    stop_sequence: null,
    usage: renderAnthropicUsage(response.usage),
  };
}

/** Tool arguments as Anthropic's object. Text that is not a JSON object (a truncated call) is kept under `_raw` rather than lost. */
export function parseInput(text: string): unknown {
  try {
    const parsed = JSON.parse(text === "" ? "{}" : text) as unknown;
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) return parsed;
  } catch {
    // fall through
  }
  return { _raw: text };
}
