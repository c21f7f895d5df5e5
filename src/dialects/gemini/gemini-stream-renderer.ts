import type { ProviderMetadata } from "../../core/content-part.js";
import type { StreamEvent } from "../../core/stream-event.js";
import type { UpstreamError } from "../../core/upstream-error.js";
import { usageNotReported, type Usage } from "../../core/usage.js";
import type { GeminiGenerateContentResponse, GeminiPart } from "../../protocols/gemini/gemini-wire.js";
import { toGeminiFinishReason } from "./map-unified-finish-reason.js";
import { parseArgs, thoughtSignature } from "./render-gemini-response.js";
import { renderGoogleStreamError } from "./render-google-error.js";
import { renderGeminiUsage } from "./render-gemini-usage.js";

interface PendingCall {
  readonly id: string;
  readonly name: string;
  arguments: string;
  readonly providerMetadata?: ProviderMetadata;
}

/**
 * Canonical events → `streamGenerateContent?alt=sse` frames (`data: JSON\n\n`,
 * no event names, no end marker). Text and thoughts go out as incremental
 * deltas; function calls go out whole, as Gemini sends them, so argument
 * fragments are collected until the call is complete (the next non-call event).
 * The last chunk carries `finishReason` and the final `usageMetadata`.
 */
export class GeminiStreamRenderer {
  private id = "switchyard-response";
  private model = "";
  private readonly pending = new Map<number, PendingCall>();
  private usage: Usage = usageNotReported;

  render(event: StreamEvent): string {
    switch (event.type) {
      case "response-start":
        this.id = event.id;
        this.model = event.model;
        return "";
      case "text-delta":
        return this.flushCalls() + this.chunk([{ text: event.text }]);
      case "reasoning-delta":
        return this.flushCalls() + this.chunk([{ text: event.text, thought: true }]);
      case "reasoning-end": {
        // A signature (Gemini's, relayed through translation) rides on an empty part, as Gemini sends it.
        const signature = thoughtSignature(event.providerMetadata);
        return signature ? this.flushCalls() + this.chunk([{ text: "", thoughtSignature: signature }]) : "";
      }
      case "tool-call-start":
        this.pending.set(event.index, { id: event.id, name: event.name, arguments: "", providerMetadata: event.providerMetadata });
        return "";
      case "tool-call-delta": {
        const call = this.pending.get(event.index);
        if (call) call.arguments += event.argumentsDelta;
        return "";
      }
      case "usage":
        this.usage = event.usage;
        return "";
      case "text-annotation":
        // groundingMetadata is Google Search grounding (byte offsets, its own chunks and queries), not an exact
        // match: the server names the type in a warning instead (carriedAnnotations is not set).
        return "";
      case "warning":
        // Data frames only: @google/genai reads the stream with its own splitter, not an SSE parser, so a
        // comment is not written here; the server logs the warning and records it with the request.
        return "";
      case "finish": {
        const parts = this.takeCalls();
        const usageMetadata = renderGeminiUsage(event.usage.inputTokens === undefined && event.usage.outputTokens === undefined ? this.usage : event.usage);
        return this.frame({
          candidates: [{ content: { role: "model", parts: parts.length > 0 ? parts : [{ text: "" }] }, finishReason: toGeminiFinishReason(event.finishReason), index: 0 }],
          ...(usageMetadata && { usageMetadata }),
          modelVersion: this.model,
          responseId: this.id,
        });
      }
      case "error":
        return this.flushCalls() + this.error(event.error);
    }
  }

  error(error: UpstreamError): string {
    return renderGoogleStreamError(error);
  }

  private flushCalls(): string {
    const parts = this.takeCalls();
    return parts.length > 0 ? this.chunk(parts) : "";
  }

  private takeCalls(): GeminiPart[] {
    if (this.pending.size === 0) return [];
    const parts = [...this.pending.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, call]) => {
        const signature = thoughtSignature(call.providerMetadata);
        return { functionCall: { id: call.id, name: call.name, args: parseArgs(call.arguments) }, ...(signature && { thoughtSignature: signature }) };
      });
    this.pending.clear();
    return parts;
  }

  private chunk(parts: GeminiPart[]): string {
    return this.frame({ candidates: [{ content: { role: "model", parts }, index: 0 }], modelVersion: this.model, responseId: this.id });
  }

  private frame(chunk: GeminiGenerateContentResponse): string {
    return `data: ${JSON.stringify(chunk)}\n\n`;
  }
}
