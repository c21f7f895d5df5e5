import { renderSseWarningComment } from "../render-sse-warning-comment.js";
import type { StreamEvent } from "../../core/stream-event.js";
import type { UpstreamError } from "../../core/upstream-error.js";
import type { AnthropicStreamEvent } from "../../protocols/anthropic-messages/anthropic-messages-wire.js";
import { toAnthropicStopReason } from "./map-unified-stop-reason.js";
import { renderAnthropicStreamError } from "./render-anthropic-error.js";
import { renderAnthropicUsage } from "./render-anthropic-usage.js";

type BlockKind = "text" | "thinking" | "tool";

/**
 * Canonical events → Anthropic SSE (`event: NAME\ndata: JSON\n\n`), in the order
 * the SDK's MessageStream expects: `message_start`, then one content block at a
 * time (start → deltas → stop) sharing one index counter, then `message_delta`
 * with the stop reason and final usage, then `message_stop`.
 *
 * Canonical tool calls are keyed by their own index; each gets the block index it
 * was opened with. OpenAI-compatible upstreams may interleave argument fragments
 * of parallel calls; a fragment for a call whose block is already closed is still
 * sent under that call's block index, which the SDK accumulates by index.
 */
export class AnthropicMessagesStreamRenderer {
  private started = false;
  private id = "msg_switchyard";
  private model = "";
  private nextIndex = 0;
  private open: { kind: BlockKind; index: number } | undefined;
  private readonly toolBlocks = new Map<number, number>();

  render(event: StreamEvent): string {
    let out = event.type === "response-start" || event.type === "error" ? "" : this.ensureStarted();
    switch (event.type) {
      case "response-start":
        this.id = event.id;
        this.model = event.model;
        return this.ensureStarted();
      case "text-delta":
        return out + this.openBlock("text", { type: "text", text: "" }) + this.frame({ type: "content_block_delta", index: this.open!.index, delta: { type: "text_delta", text: event.text } });
      case "reasoning-delta":
        return out + this.openBlock("thinking", { type: "thinking", thinking: "", signature: "" }) + this.frame({ type: "content_block_delta", index: this.open!.index, delta: { type: "thinking_delta", thinking: event.text } });
      case "reasoning-end":
        if (this.open?.kind === "thinking") {
          if (event.signature !== undefined) out += this.frame({ type: "content_block_delta", index: this.open.index, delta: { type: "signature_delta", signature: event.signature } });
          return out + this.closeBlock();
        }
        if (event.redactedData !== undefined) {
          out += this.closeBlock();
          const index = this.nextIndex++;
          return out + this.frame({ type: "content_block_start", index, content_block: { type: "redacted_thinking", data: event.redactedData } }) + this.frame({ type: "content_block_stop", index });
        }
        // A bare signature (Gemini's on a text part) has no Anthropic form.
        return out;
      case "tool-call-start": {
        out += this.closeBlock();
        const index = this.nextIndex++;
        this.open = { kind: "tool", index };
        this.toolBlocks.set(event.index, index);
        return out + this.frame({ type: "content_block_start", index, content_block: { type: "tool_use", id: event.id, name: event.name, input: {} } });
      }
      case "tool-call-delta": {
        const index = this.toolBlocks.get(event.index);
        if (index === undefined) return out;
        return out + this.frame({ type: "content_block_delta", index, delta: { type: "input_json_delta", partial_json: event.argumentsDelta } });
      }
      case "usage":
        return out;
      case "text-annotation":
        // No exact shape: Anthropic's text citations locate the cited source (with an opaque index), not a
        // span of the answer. The server names the type in a warning (carriedAnnotations is not set).
        return out;
      case "warning":
        return out + renderSseWarningComment(event.warning);
      case "finish": {
        const usage = renderAnthropicUsage(event.usage);
        out += this.closeBlock();
        out += this.frame({
          type: "message_delta",
          delta: { stop_reason: toAnthropicStopReason(event.finishReason), stop_sequence: null },
          // Cumulative, as Anthropic's are: the SDK overwrites what message_start said.
          usage: event.usage.inputTokens === undefined ? { output_tokens: usage.output_tokens } : usage,
        });
        return out + this.frame({ type: "message_stop" });
      }
      case "error":
        return this.error(event.error);
    }
  }

  error(error: UpstreamError): string {
    return renderAnthropicStreamError(error);
  }

  private ensureStarted(): string {
    if (this.started) return "";
    this.started = true;
    return this.frame({
      type: "message_start",
      message: {
        id: this.id,
        type: "message",
        role: "assistant",
        model: this.model,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        // Other protocols report usage only at the end; the final counts come in message_delta.
        usage: { input_tokens: 0, output_tokens: 0 },
      },
    });
  }

  private openBlock(kind: "text" | "thinking", block: Extract<AnthropicStreamEvent, { type: "content_block_start" }>["content_block"]): string {
    if (this.open?.kind === kind) return "";
    const closed = this.closeBlock();
    const index = this.nextIndex++;
    this.open = { kind, index };
    return closed + this.frame({ type: "content_block_start", index, content_block: block });
  }

  private closeBlock(): string {
    if (!this.open) return "";
    const index = this.open.index;
    this.open = undefined;
    return this.frame({ type: "content_block_stop", index });
  }

  private frame(event: AnthropicStreamEvent): string {
    return `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
  }
}
