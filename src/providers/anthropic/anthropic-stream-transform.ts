import type { FinishReason } from "../../core/finish-reason.js";
import type { StreamEvent } from "../../core/stream-event.js";
import { UpstreamError } from "../../core/upstream-error.js";
import type { AnthropicStreamEvent, AnthropicUsage } from "../../protocols/anthropic-messages/anthropic-messages-wire.js";
import type { SseEvent } from "../shared/sse-decoder.js";
import { mapAnthropicStopReason } from "./map-anthropic-stop-reason.js";
import { anthropicStreamError } from "./parse-anthropic-error.js";
import { mergeAnthropicUsage, parseAnthropicUsage } from "./parse-anthropic-usage.js";
import { parseStreamFrame } from "../shared/parse-stream-frame.js";
import { codePointLength, type UrlCitation } from "../../core/text-annotation.js";
import { readAnthropicCitation, urlCitationOf } from "./read-anthropic-citation.js";

/** A text block: where it began in the answer's text (code points) and the URL citations read on it so far. */
type OpenBlock = { kind: "text"; start: number; citations: Pick<UrlCitation, "url" | "title">[] } | { kind: "tool"; toolIndex: number } | { kind: "thinking"; signature: string | undefined } | { kind: "other" };

/**
 * Anthropic SSE events → canonical stream events. Anthropic numbers content blocks
 * with one counter for text, thinking and tools; canonical tool calls are numbered
 * among tool calls only (OpenAI's `tool_calls[].index`), so block indices are
 * remapped here. A thinking block's signature arrives as its last delta and is
 * released with `reasoning-end`, unchanged.
 *
 * Citations (`citations_delta`) arrive before the text of the block they cite, and
 * cite the whole block: a URL citation becomes a `text-annotation` at the block's
 * `content_block_stop`, over the block's span of the answer's text; other kinds a
 * `dropped-annotation` warning when first met, once per type.
 */
export class AnthropicStreamTransform {
  private readonly blocks = new Map<number, OpenBlock>();
  private toolCount = 0;
  private usage: AnthropicUsage = {};
  private finishReason: FinishReason | undefined;
  private done = false;
  /** The answer's text so far, in code points: where the next text block begins. */
  private textLength = 0;
  private readonly droppedCitationTypes = new Set<string>();

  push(sse: SseEvent): StreamEvent[] {
    if (this.done) return [];
    if (sse.event === "error") throw anthropicStreamError(sse.data);
    const event = parseEvent(sse.data);
    switch (event.type) {
      case "message_start":
        this.usage = mergeAnthropicUsage(this.usage, event.message.usage);
        return [{ type: "response-start", id: event.message.id, model: event.message.model, created: Math.floor(Date.now() / 1000) }];
      case "content_block_start":
        return this.startBlock(event.index, event.content_block);
      case "content_block_delta":
        return this.delta(event.index, event.delta);
      case "content_block_stop": {
        const block = this.blocks.get(event.index);
        this.blocks.delete(event.index);
        if (block?.kind === "text") return block.citations.map((citation) => ({ type: "text-annotation", annotation: { type: "url-citation", ...citation, startIndex: block.start, endIndex: this.textLength } }));
        return block?.kind === "thinking" ? [{ type: "reasoning-end", ...(block.signature !== undefined && { signature: block.signature }) }] : [];
      }
      case "message_delta":
        this.usage = mergeAnthropicUsage(this.usage, event.usage);
        if (event.delta.stop_reason) this.finishReason = mapAnthropicStopReason(event.delta.stop_reason);
        return [];
      case "message_stop":
        this.done = true;
        return [{ type: "finish", finishReason: this.finishReason ?? mapAnthropicStopReason(undefined), usage: parseAnthropicUsage(this.usage) }];
      case "error":
        throw anthropicStreamError(sse.data);
      default:
        // `ping` and event types newer than this code.
        return [];
    }
  }

  /** At end of input: a stream without `message_stop` was cut short. */
  end(): StreamEvent[] {
    if (this.done) return [];
    throw new UpstreamError({ kind: "truncated", message: "upstream stream ended before message_stop" });
  }

  private startBlock(index: number, block: Extract<AnthropicStreamEvent, { type: "content_block_start" }>["content_block"]): StreamEvent[] {
    switch (block.type) {
      case "text": {
        const open: OpenBlock = { kind: "text", start: this.textLength, citations: [] };
        this.blocks.set(index, open);
        const events: StreamEvent[] = [];
        for (const raw of Array.isArray(block.citations) ? block.citations : []) this.readCitation(open, raw, events);
        if (block.text) events.push(this.textDelta(block.text));
        return events;
      }
      case "tool_use": {
        const toolIndex = this.toolCount++;
        this.blocks.set(index, { kind: "tool", toolIndex });
        return [{ type: "tool-call-start", index: toolIndex, id: block.id, name: block.name }];
      }
      case "thinking":
        this.blocks.set(index, { kind: "thinking", signature: block.signature || undefined });
        return block.thinking ? [{ type: "reasoning-delta", text: block.thinking }] : [];
      case "redacted_thinking":
        this.blocks.set(index, { kind: "other" });
        return [{ type: "reasoning-end", redactedData: block.data }];
      default:
        this.blocks.set(index, { kind: "other" });
        return [];
    }
  }

  private delta(index: number, delta: Extract<AnthropicStreamEvent, { type: "content_block_delta" }>["delta"]): StreamEvent[] {
    const block = this.blocks.get(index);
    switch (delta.type) {
      case "text_delta":
        return delta.text ? [this.textDelta(delta.text)] : [];
      case "citations_delta": {
        const events: StreamEvent[] = [];
        if (block?.kind === "text") this.readCitation(block, delta.citation, events);
        return events;
      }
      case "thinking_delta":
        return delta.thinking ? [{ type: "reasoning-delta", text: delta.thinking }] : [];
      case "signature_delta":
        if (block?.kind === "thinking") block.signature = (block.signature ?? "") + delta.signature;
        return [];
      case "input_json_delta":
        // The first fragment is usually "": nothing to say yet.
        return block?.kind === "tool" && delta.partial_json ? [{ type: "tool-call-delta", index: block.toolIndex, argumentsDelta: delta.partial_json }] : [];
      default:
        return [];
    }
  }

  private textDelta(text: string): StreamEvent {
    this.textLength += codePointLength(text);
    return { type: "text-delta", text };
  }

  /** A URL citation is kept for the block's end (its span is the whole block); another kind is named once. */
  private readCitation(block: Extract<OpenBlock, { kind: "text" }>, raw: unknown, events: StreamEvent[]): void {
    const citation = urlCitationOf(raw);
    if (citation) {
      block.citations.push(citation);
      return;
    }
    const read = readAnthropicCitation(raw, "");
    if (read.kind === "carried" || this.droppedCitationTypes.has(read.annotationType)) return;
    this.droppedCitationTypes.add(read.annotationType);
    events.push({ type: "warning", warning: { type: "dropped-annotation", annotationType: read.annotationType } });
  }
}

function parseEvent(data: string): AnthropicStreamEvent {
  const event = parseStreamFrame(data);
  if (typeof event.type !== "string") {
    throw new UpstreamError({ kind: "malformed", message: "upstream stream event has no type" });
  }
  return event as AnthropicStreamEvent;
}
