import type { StreamEvent } from "../../core/stream-event.js";
import { UpstreamError } from "../../core/upstream-error.js";
import type { SseEvent } from "../shared/sse-decoder.js";
import type { StreamTransform } from "../shared/canonical-events.js";
import { isCarriedItemType } from "./dropped-output-warnings.js";
import { mapResponsesStatus, responsesFailure } from "./map-responses-status.js";
import type { ResponsesWireItem, ResponsesWireObject } from "./parse-responses-object.js";
import { parseResponsesUsage } from "./parse-responses-usage.js";
import { readResponsesAnnotation } from "./read-responses-annotation.js";
import { codePointLength, shiftAnnotation } from "../../core/text-annotation.js";
import { parseStreamFrame } from "../shared/parse-stream-frame.js";

/** A Responses stream event as upstreams send it; only what translation reads. */
interface WireStreamEvent {
  readonly type?: string;
  readonly response?: ResponsesWireObject;
  readonly output_index?: number;
  readonly content_index?: number;
  readonly item?: ResponsesWireItem;
  readonly annotation?: unknown;
  readonly delta?: unknown;
  readonly arguments?: unknown;
  readonly code?: unknown;
  readonly message?: unknown;
}

interface OpenCall {
  readonly index: number;
  argumentsSent: boolean;
}

/**
 * Responses SSE events → canonical stream events. Function calls are keyed by
 * their order among this answer's calls (not their `output_index`, which counts
 * messages and reasoning too). Servers that send a call's arguments only whole
 * (in `.done` or the finished item) still produce one delta. A `response.failed`
 * or `error` event is thrown as the upstream's error.
 */
export class ResponsesStreamTransform implements StreamTransform {
  private started = false;
  private finished = false;
  private readonly calls = new Map<number, OpenCall>();
  private readonly reasoningItems = new Set<number>();
  /** Item types already warned about: one warning per type, not per item. */
  private readonly droppedTypes = new Set<string>();
  /** Annotation types already warned about, likewise. */
  private readonly droppedAnnotationTypes = new Set<string>();
  /** Code points of text sent so far: a text part's citations are shifted by where the part began in the answer. */
  private textLength = 0;
  /** Per text part (`output_index:content_index`): where it began in the answer's text, and how many of its annotations were read. */
  private readonly textParts = new Map<string, { readonly start: number; annotationsRead: number }>();

  push(sse: SseEvent): StreamEvent[] {
    const event = parseStreamFrame(sse.data) as WireStreamEvent;
    const type = event.type ?? sse.event;
    const events: StreamEvent[] = [];
    if (!this.started && type !== "error") {
      this.started = true;
      const response = event.response;
      events.push({ type: "response-start", id: response?.id ?? "resp-upstream", model: response?.model ?? "", created: response?.created_at ?? Math.floor(Date.now() / 1000) });
    }
    const outputIndex = event.output_index ?? -1;
    switch (type) {
      case "response.output_text.delta":
      case "response.refusal.delta":
        if (typeof event.delta === "string" && event.delta !== "") {
          this.textPart(outputIndex, event.content_index);
          this.textLength += codePointLength(event.delta);
          events.push({ type: "text-delta", text: event.delta });
        }
        break;
      case "response.output_text.annotation.added": {
        const part = this.textPart(outputIndex, event.content_index);
        part.annotationsRead++;
        this.readAnnotation(event.annotation, part.start, events);
        break;
      }
      case "response.reasoning_text.delta":
      case "response.reasoning_summary_text.delta":
        if (typeof event.delta === "string" && event.delta !== "") {
          this.reasoningItems.add(outputIndex);
          events.push({ type: "reasoning-delta", text: event.delta });
        }
        break;
      case "response.output_item.added":
        if (event.item?.type === "function_call") this.startCall(outputIndex, event.item, events);
        else this.warnIfDropped(event.item, events);
        break;
      case "response.function_call_arguments.delta": {
        const call = this.calls.get(outputIndex);
        if (call && typeof event.delta === "string" && event.delta !== "") {
          call.argumentsSent = true;
          events.push({ type: "tool-call-delta", index: call.index, argumentsDelta: event.delta });
        }
        break;
      }
      case "response.function_call_arguments.done":
        this.completeArguments(outputIndex, event.arguments, events);
        break;
      case "response.output_item.done":
        if (event.item?.type === "function_call") {
          if (!this.calls.has(outputIndex)) this.startCall(outputIndex, event.item, events);
          this.completeArguments(outputIndex, event.item.arguments, events);
        } else if (event.item?.type === "reasoning") {
          const encrypted = event.item.encrypted_content;
          if (this.reasoningItems.has(outputIndex) || encrypted) {
            events.push({ type: "reasoning-end", ...(encrypted && { providerMetadata: { "openai-responses": { id: event.item.id, encrypted_content: encrypted } } }) });
          }
        } else if (event.item?.type === "message") {
          // Servers that send no annotation.added events still list the part's annotations in the finished item.
          for (const [contentIndex, content] of (event.item.content ?? []).entries()) {
            const part = this.textPart(outputIndex, contentIndex);
            for (const raw of (content.annotations ?? []).slice(part.annotationsRead)) this.readAnnotation(raw, part.start, events);
            part.annotationsRead = Math.max(part.annotationsRead, content.annotations?.length ?? 0);
          }
        } else this.warnIfDropped(event.item, events);
        break;
      case "response.completed":
      case "response.incomplete": {
        const response = event.response ?? {};
        const finishReason = mapResponsesStatus({ ...response, status: response.status ?? type.slice("response.".length), hasFunctionCall: this.calls.size > 0 });
        this.finished = true;
        events.push({ type: "finish", finishReason, usage: parseResponsesUsage(response.usage) });
        break;
      }
      case "response.failed":
        throw responsesFailure(event.response?.error, "failed");
      case "error":
        throw responsesFailure({ code: event.code, message: event.message }, "error");
      default:
        // created, in_progress, content parts, hosted-tool progress: nothing canonical to say (the item itself is warned of).
        break;
    }
    return events;
  }

  end(): StreamEvent[] {
    if (!this.finished) throw new UpstreamError({ kind: "truncated", message: "upstream stream ended before response.completed" });
    return [];
  }

  private startCall(outputIndex: number, item: ResponsesWireItem, events: StreamEvent[]): void {
    const call: OpenCall = { index: this.calls.size, argumentsSent: false };
    this.calls.set(outputIndex, call);
    events.push({ type: "tool-call-start", index: call.index, id: item.call_id ?? item.id ?? `call_${call.index}`, name: item.name ?? "" });
    if (typeof item.arguments === "string" && item.arguments !== "") {
      call.argumentsSent = true;
      events.push({ type: "tool-call-delta", index: call.index, argumentsDelta: item.arguments });
    }
  }

  /** A hosted-tool item (web_search_call, …) has no canonical form: it becomes a warning, once per type, never a silent drop. */
  private warnIfDropped(item: ResponsesWireItem | undefined, events: StreamEvent[]): void {
    if (!item || isCarriedItemType(item.type)) return;
    const itemType = item.type ?? "untyped";
    if (this.droppedTypes.has(itemType)) return;
    this.droppedTypes.add(itemType);
    events.push({ type: "warning", warning: { type: "dropped-output", itemType } });
  }

  /** The text part at `outputIndex:contentIndex`, begun where the answer's text stands when first seen. */
  private textPart(outputIndex: number, contentIndex: number | undefined): { readonly start: number; annotationsRead: number } {
    const key = `${outputIndex}:${contentIndex ?? 0}`;
    let part = this.textParts.get(key);
    if (!part) this.textParts.set(key, (part = { start: this.textLength, annotationsRead: 0 }));
    return part;
  }

  /** A citation becomes a `text-annotation` event (indices into the whole answer's text); other kinds a warning, once per type. */
  private readAnnotation(raw: unknown, partStart: number, events: StreamEvent[]): void {
    const read = readResponsesAnnotation(raw);
    if (read.kind === "carried") {
      events.push({ type: "text-annotation", annotation: shiftAnnotation(read.annotation, partStart) });
      return;
    }
    if (this.droppedAnnotationTypes.has(read.annotationType)) return;
    this.droppedAnnotationTypes.add(read.annotationType);
    events.push({ type: "warning", warning: { type: "dropped-annotation", annotationType: read.annotationType } });
  }

  /** Arguments sent only whole become the call's one delta. */
  private completeArguments(outputIndex: number, whole: unknown, events: StreamEvent[]): void {
    const call = this.calls.get(outputIndex);
    if (!call || call.argumentsSent) return;
    const text = typeof whole === "string" ? whole : whole === undefined ? "" : JSON.stringify(whole);
    if (text === "") return;
    call.argumentsSent = true;
    events.push({ type: "tool-call-delta", index: call.index, argumentsDelta: text });
  }
}
