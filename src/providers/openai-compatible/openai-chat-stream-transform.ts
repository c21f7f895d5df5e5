import type { StreamEvent } from "../../core/stream-event.js";
import { UpstreamError } from "../../core/upstream-error.js";
import { usageNotReported, type Usage } from "../../core/usage.js";
import type { FinishReason } from "../../core/finish-reason.js";
import type { OpenAIChatChunk, OpenAIToolCallDelta } from "../../protocols/openai-chat/openai-chat-wire.js";
import type { SseEvent } from "../shared/sse-decoder.js";
import { mapOpenAIFinishReason } from "./map-openai-finish-reason.js";
import { parseOpenAIUsage } from "./parse-openai-usage.js";
import { readOpenAIAnnotation } from "./read-openai-annotation.js";

/**
 * OpenAI-compatible SSE events → canonical stream events. Normalises the quirks of
 * compatible servers: whole tool calls in one delta (Ollama), object-typed
 * arguments (older TGI and llama.cpp), a single tool call not wrapped in an array,
 * reasoning in `reasoning_content` or `reasoning`, usage on any chunk.
 */
export class OpenAIChatStreamTransform {
  private started = false;
  private finishReason: FinishReason | undefined;
  private usage: Usage = usageNotReported;
  private done = false;
  private readonly startedToolCalls = new Set<number>();
  private readonly seenAnnotations = new Set<string>();
  private readonly droppedAnnotationTypes = new Set<string>();

  /** Events for one SSE event; throws UpstreamError on an error event or malformed data. */
  push(sse: SseEvent): StreamEvent[] {
    if (sse.data === "[DONE]") {
      this.done = true;
      return this.finishEvents();
    }
    const chunk = parseChunk(sse.data);
    const events: StreamEvent[] = [];
    if (!this.started) {
      this.started = true;
      events.push({ type: "response-start", id: chunk.id ?? "chatcmpl-upstream", model: chunk.model ?? "", created: chunk.created ?? Math.floor(Date.now() / 1000) });
    }
    if (chunk.usage) this.usage = parseOpenAIUsage(chunk.usage);
    const choice = chunk.choices?.[0];
    if (choice) {
      const delta = choice.delta ?? {};
      const reasoning = delta.reasoning_content ?? delta.reasoning;
      if (typeof reasoning === "string" && reasoning !== "") events.push({ type: "reasoning-delta", text: reasoning });
      if (typeof delta.content === "string" && delta.content !== "") events.push({ type: "text-delta", text: delta.content });
      for (const [position, call] of normaliseToolCalls(delta.tool_calls).entries()) this.pushToolCall(call, position, events);
      if (Array.isArray(delta.annotations)) this.pushAnnotations(delta.annotations, events);
      if (choice.finish_reason) this.finishReason = mapOpenAIFinishReason(choice.finish_reason);
    }
    return events;
  }

  /** At end of input: the finish event, or a truncation error if the upstream never finished. */
  end(): StreamEvent[] {
    if (this.done) return [];
    if (this.finishReason) {
      // Finished but no [DONE]: some compatible servers omit it. The answer is complete.
      this.done = true;
      return this.finishEvents();
    }
    throw new UpstreamError({ kind: "truncated", message: "upstream stream ended before the response finished" });
  }

  private finishEvents(): StreamEvent[] {
    if (!this.finishReason) throw new UpstreamError({ kind: "truncated", message: "upstream stream ended ([DONE]) without a finish reason" });
    return [{ type: "finish", finishReason: this.finishReason, usage: this.usage }];
  }

  /**
   * Citations on a delta (OpenAI sends them all on one, near the end; some servers repeat them on later
   * deltas, so exact repeats are dropped). Indices are into the message's content, i.e. the answer's text.
   */
  private pushAnnotations(annotations: readonly unknown[], events: StreamEvent[]): void {
    for (const raw of annotations) {
      const key = JSON.stringify(raw);
      if (this.seenAnnotations.has(key)) continue;
      this.seenAnnotations.add(key);
      const read = readOpenAIAnnotation(raw);
      if (read.kind === "carried") events.push({ type: "text-annotation", annotation: read.annotation });
      else if (!this.droppedAnnotationTypes.has(read.annotationType)) {
        this.droppedAnnotationTypes.add(read.annotationType);
        events.push({ type: "warning", warning: { type: "dropped-annotation", annotationType: read.annotationType } });
      }
    }
  }

  private pushToolCall(call: OpenAIToolCallDelta, position: number, events: StreamEvent[]): void {
    const index = typeof call.index === "number" ? call.index : position;
    if (!this.startedToolCalls.has(index)) {
      this.startedToolCalls.add(index);
      events.push({ type: "tool-call-start", index, id: call.id ?? `call_${index}`, name: call.function?.name ?? "" });
    }
    const args = call.function?.arguments;
    const text = typeof args === "string" ? args : args === undefined ? "" : JSON.stringify(args);
    if (text !== "") events.push({ type: "tool-call-delta", index, argumentsDelta: text });
  }
}

type LooseChunk = Partial<OpenAIChatChunk> & { error?: unknown };

function parseChunk(data: string): LooseChunk {
  let chunk: LooseChunk;
  try {
    chunk = JSON.parse(data) as LooseChunk;
  } catch {
    throw new UpstreamError({ kind: "malformed", message: `upstream sent malformed JSON in its stream: ${data.slice(0, 200)}` });
  }
  if (typeof chunk !== "object" || chunk === null) throw new UpstreamError({ kind: "malformed", message: "upstream stream chunk is not an object" });
  if (chunk.error !== undefined) throw streamError(chunk.error);
  return chunk;
}

/** An error sent inside a 200 stream (`data: {"error":{…}}`). */
export function streamError(error: unknown): UpstreamError {
  const record = typeof error === "object" && error !== null ? (error as Record<string, unknown>) : { message: String(error) };
  const status = typeof record.code === "number" ? record.code : undefined;
  return new UpstreamError({
    kind: "http",
    status: status ?? 500,
    code: typeof record.code === "string" ? record.code : typeof record.type === "string" ? record.type : undefined,
    message: typeof record.message === "string" ? record.message : "upstream reported an error mid-stream",
    body: JSON.stringify({ error }),
  });
}

export function normaliseToolCalls(calls: unknown): OpenAIToolCallDelta[] {
  if (calls === undefined || calls === null) return [];
  return (Array.isArray(calls) ? calls : [calls]) as OpenAIToolCallDelta[];
}
