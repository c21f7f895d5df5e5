import type { ProviderMetadata } from "../../core/content-part.js";
import type { StreamEvent } from "../../core/stream-event.js";
import { UpstreamError } from "../../core/upstream-error.js";
import { usageNotReported, type Usage } from "../../core/usage.js";
import type { SseEvent } from "../shared/sse-decoder.js";
import { geminiToolCallId } from "./gemini-tool-call-id.js";
import type { GeminiGenerateContentResponse, GeminiPart } from "../../protocols/gemini/gemini-wire.js";
import { mapGeminiFinishReason } from "./map-gemini-finish-reason.js";
import { geminiStreamError } from "./parse-gemini-error.js";
import { parseGeminiUsage } from "./parse-gemini-usage.js";
import { parseStreamFrame } from "../shared/parse-stream-frame.js";

/**
 * `streamGenerateContent?alt=sse` chunks → canonical events. Gemini sends text as
 * incremental deltas, function calls whole (one start + one arguments delta here),
 * usage as a running total, and no end marker: the stream is over when the
 * connection closes, and complete only if a `finishReason` (or a prompt block)
 * was seen. Thought signatures travel in `providerMetadata.gemini`.
 */
export class GeminiStreamTransform {
  private started = false;
  private responseId: string | undefined;
  private toolCount = 0;
  private reasoningOpen = false;
  private finishRaw: string | undefined;
  private finished = false;
  private usage: Usage = usageNotReported;

  push(sse: SseEvent): StreamEvent[] {
    const chunk = parseStreamFrame(sse.data) as GeminiGenerateContentResponse;
    if (chunk.error !== undefined) throw geminiStreamError(chunk.error);
    const events: StreamEvent[] = [];
    if (!this.started) {
      this.started = true;
      this.responseId = chunk.responseId;
      events.push({ type: "response-start", id: chunk.responseId ?? "gemini-response", model: chunk.modelVersion ?? "", created: Math.floor(Date.now() / 1000) });
    }
    if (chunk.usageMetadata) this.usage = parseGeminiUsage(chunk.usageMetadata);
    const candidate = chunk.candidates?.[0];
    for (const part of candidate?.content?.parts ?? []) this.pushPart(part, events);
    if (candidate?.finishReason) {
      this.finishRaw = candidate.finishReason;
      this.finished = true;
    } else if (!candidate && chunk.promptFeedback?.blockReason) {
      // A blocked prompt: HTTP 200, no candidates, the reason in promptFeedback.
      this.finishRaw = chunk.promptFeedback.blockReason;
      this.finished = true;
    }
    return events;
  }

  end(): StreamEvent[] {
    if (!this.finished) throw new UpstreamError({ kind: "truncated", message: "upstream stream ended before a finishReason" });
    const events: StreamEvent[] = [];
    this.closeReasoning(events, undefined);
    events.push({ type: "finish", finishReason: mapGeminiFinishReason(this.finishRaw, this.toolCount > 0), usage: this.usage });
    return events;
  }

  private pushPart(part: GeminiPart, events: StreamEvent[]): void {
    const metadata: ProviderMetadata | undefined = part.thoughtSignature ? { gemini: { thoughtSignature: part.thoughtSignature } } : undefined;
    if (part.thought === true && typeof part.text === "string") {
      this.reasoningOpen = true;
      if (part.text !== "") events.push({ type: "reasoning-delta", text: part.text });
      if (metadata) this.closeReasoning(events, metadata);
      return;
    }
    if (part.functionCall) {
      this.closeReasoning(events, undefined);
      const index = this.toolCount++;
      const call = part.functionCall;
      const id = geminiToolCallId({ providedId: call.id, responseId: this.responseId, index, name: call.name });
      events.push({ type: "tool-call-start", index, id, name: call.name, ...(metadata && { providerMetadata: metadata }) });
      events.push({ type: "tool-call-delta", index, argumentsDelta: JSON.stringify(call.args ?? {}) });
      return;
    }
    if (typeof part.text === "string") {
      this.closeReasoning(events, undefined);
      if (part.text !== "") events.push({ type: "text-delta", text: part.text });
      // A signature on a text part (often an empty last one) has no text event to ride on.
      if (metadata) events.push({ type: "reasoning-end", providerMetadata: metadata });
    }
  }

  private closeReasoning(events: StreamEvent[], metadata: ProviderMetadata | undefined): void {
    if (!this.reasoningOpen) return;
    this.reasoningOpen = false;
    events.push({ type: "reasoning-end", ...(metadata && { providerMetadata: metadata }) });
  }
}
