import type { ChatResponse } from "../../core/chat-response.js";
import type { ReasoningPart, TextPart, ToolCallPart } from "../../core/content-part.js";
import { UpstreamError } from "../../core/upstream-error.js";
import type { AnthropicMessage } from "../../protocols/anthropic-messages/anthropic-messages-wire.js";
import { mapAnthropicStopReason } from "./map-anthropic-stop-reason.js";
import { parseAnthropicUsage } from "./parse-anthropic-usage.js";
import { readAnthropicCitation } from "./read-anthropic-citation.js";

/** A non-streamed Anthropic message → canonical response. Thinking signatures are kept verbatim. */
export function parseAnthropicMessage(body: unknown): ChatResponse {
  const message = body as Partial<AnthropicMessage> | null;
  if (!message || typeof message !== "object" || !Array.isArray(message.content)) {
    throw new UpstreamError({ kind: "malformed", message: "upstream answer has no content array" });
  }
  const content: (TextPart | ToolCallPart | ReasoningPart)[] = [];
  for (const block of message.content) {
    switch (block.type) {
      case "text": {
        const annotations = (Array.isArray(block.citations) ? block.citations : []).flatMap((raw) => {
          const read = readAnthropicCitation(raw, block.text);
          return read.kind === "carried" ? [read.annotation] : [];
        });
        content.push({ type: "text", text: block.text, ...(annotations.length > 0 && { annotations }) });
        break;
      }
      case "tool_use":
        content.push({ type: "tool-call", id: block.id, name: block.name, arguments: JSON.stringify(block.input ?? {}) });
        break;
      case "thinking":
        content.push({ type: "reasoning", text: block.thinking, signature: block.signature });
        break;
      case "redacted_thinking":
        content.push({ type: "reasoning", text: "", redactedData: block.data });
        break;
      // Server-tool blocks have no canonical form yet; they stay in the raw body. Citations without
      // one are named by droppedAnthropicCitationWarnings.
    }
  }
  return {
    id: message.id ?? "msg_upstream",
    model: message.model ?? "",
    created: Math.floor(Date.now() / 1000),
    content,
    finishReason: mapAnthropicStopReason(message.stop_reason),
    usage: parseAnthropicUsage(message.usage),
  };
}
