import type { ChatResponse } from "../core/chat-response.js";
import type { StreamEvent } from "../core/stream-event.js";
import type { CapturedOutput } from "../ledger/shadow-pair.js";
import type { Protocol } from "../core/protocol.js";
import { outputReaders } from "../providers/output-readers.js";
import { SseDecoder } from "../providers/shared/sse-decoder.js";

/**
 * Accumulates what the client was sent into a CapturedOutput, from canonical
 * events, a canonical response, or pass-through bytes (decoded with the
 * protocol's own reader). Only attached to requests sampled for shadowing.
 */
export class OutputRecorder {
  private text = "";
  private readonly calls = new Map<number, { name: string; arguments: string }>();
  private finishReason: string | null = null;
  private decoder: SseDecoder | undefined;
  private transform: ReturnType<NonNullable<(typeof outputReaders)[Protocol]>["createStreamTransform"]> | undefined;
  private unreadable = false;

  constructor(private readonly protocol: Protocol) {}

  event(event: StreamEvent): void {
    switch (event.type) {
      case "text-delta":
        this.text += event.text;
        return;
      case "tool-call-start":
        this.calls.set(event.index, { name: event.name, arguments: "" });
        return;
      case "tool-call-delta": {
        const call = this.calls.get(event.index);
        if (call) call.arguments += event.argumentsDelta;
        return;
      }
      case "finish":
        this.finishReason = event.finishReason.raw ?? event.finishReason.unified;
        return;
      default:
        return;
    }
  }

  response(response: ChatResponse): void {
    for (const part of response.content) {
      if (part.type === "text") this.text += part.text;
      else if (part.type === "tool-call") this.calls.set(this.calls.size, { name: part.name, arguments: part.arguments });
    }
    this.finishReason = response.finishReason.raw ?? response.finishReason.unified;
  }

  /** A pass-through frame's bytes (SSE text). */
  frame(text: string | Buffer): void {
    if (this.unreadable || text.length === 0) return;
    const reader = outputReaders[this.protocol];
    if (!reader) {
      this.unreadable = true;
      return;
    }
    this.decoder ??= new SseDecoder();
    this.transform ??= reader.createStreamTransform();
    try {
      for (const sse of this.decoder.push(typeof text === "string" ? Buffer.from(text) : text)) for (const event of this.transform.push(sse)) this.event(event);
    } catch {
      this.unreadable = true; // The client got these bytes; we only lose the copy.
    }
  }

  /** A pass-through complete body. */
  body(bytes: Buffer): void {
    const reader = outputReaders[this.protocol];
    if (!reader) return;
    try {
      this.response(reader.parseComplete(JSON.parse(bytes.toString("utf8"))));
    } catch {
      this.unreadable = true;
    }
  }

  result(): CapturedOutput | null {
    if (this.unreadable) return null;
    return { text: this.text, toolCalls: [...this.calls.entries()].sort(([a], [b]) => a - b).map(([, call]) => call), finishReason: this.finishReason };
  }
}
