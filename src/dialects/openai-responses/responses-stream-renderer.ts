import type { FinishReason } from "../../core/finish-reason.js";
import { codePointLength, shiftAnnotation, type TextAnnotation } from "../../core/text-annotation.js";
import { renderResponsesAnnotation } from "./render-responses-annotation.js";
import { renderSseWarningComment } from "../render-sse-warning-comment.js";
import type { StreamEvent } from "../../core/stream-event.js";
import type { UpstreamError } from "../../core/upstream-error.js";
import type { Usage } from "../../core/usage.js";
import type {
  ResponsesFunctionCallItem,
  ResponsesMessageItem,
  ResponsesObject,
  ResponsesOutputItem,
  ResponsesReasoningItem,
} from "../../protocols/openai-responses/responses-object.js";
import type { ResponsesStreamEvent } from "../../protocols/openai-responses/responses-stream-event.js";
import { encodeReasoningCarrier } from "./reasoning-carrier.js";
import { newResponsesId } from "./responses-ids.js";
import { renderResponsesObject, type ResponseIdentity } from "./responses-shell.js";

type OpenItem = { readonly kind: "message"; readonly index: number; readonly item: ResponsesMessageItem; readonly start: number } | { readonly kind: "reasoning"; readonly index: number; readonly item: ResponsesReasoningItem };

/**
 * Canonical stream events → Responses SSE events, numbered by `sequence_number`.
 * Text and reasoning each become one output item opened on their first delta and
 * closed when something else begins; function calls stay open until the answer
 * ends (their arguments may interleave). The finished Response is kept for the
 * store (`result()`).
 */
export class ResponsesStreamRenderer {
  private sequence = 0;
  private readonly output: ResponsesOutputItem[] = [];
  private open: OpenItem | undefined;
  private readonly calls = new Map<number, { readonly index: number; readonly item: ResponsesFunctionCallItem }>();
  private usage: Usage | undefined;
  private started = false;
  private final: ResponsesObject | undefined;
  /** Code points of the answer's text so far, and each message item with where its text began in it: a citation's indices are into the whole answer. */
  private textLength = 0;
  private readonly messages: Extract<OpenItem, { kind: "message" }>[] = [];

  constructor(private readonly identity: ResponseIdentity) {}

  render(event: StreamEvent): string {
    switch (event.type) {
      case "response-start":
        return this.start();
      case "text-delta": {
        let frames = this.start();
        if (this.open?.kind !== "message") frames += this.closeOpen() + this.openMessage();
        const open = this.open as Extract<OpenItem, { kind: "message" }>;
        open.item.content[0]!.text += event.text;
        this.textLength += codePointLength(event.text);
        return frames + this.emit({ type: "response.output_text.delta", item_id: open.item.id, output_index: open.index, content_index: 0, delta: event.text, logprobs: [] });
      }
      case "text-annotation":
        return this.annotate(event.annotation);
      case "reasoning-delta": {
        let frames = this.start();
        if (this.open?.kind !== "reasoning") frames += this.closeOpen() + this.openReasoning();
        const open = this.open as Extract<OpenItem, { kind: "reasoning" }>;
        open.item.content![0]!.text += event.text;
        return frames + this.emit({ type: "response.reasoning_text.delta", item_id: open.item.id, output_index: open.index, content_index: 0, delta: event.text });
      }
      case "reasoning-end": {
        let frames = this.start();
        // Signed reasoning with no text (redacted thinking) still needs an item to carry it.
        if (this.open?.kind !== "reasoning") frames += this.closeOpen() + this.openReasoning();
        const carried = encodeReasoningCarrier(event);
        if (carried) (this.open as Extract<OpenItem, { kind: "reasoning" }>).item.encrypted_content = carried;
        return frames + this.closeOpen();
      }
      case "tool-call-start": {
        const frames = this.start() + this.closeOpen();
        const item: ResponsesFunctionCallItem = { type: "function_call", id: newResponsesId("fc"), call_id: event.id, name: event.name, arguments: "", status: "in_progress" };
        const index = this.output.push(item) - 1;
        this.calls.set(event.index, { index, item });
        return frames + this.emit({ type: "response.output_item.added", output_index: index, item: { ...item } });
      }
      case "tool-call-delta": {
        const call = this.calls.get(event.index);
        if (!call) return "";
        call.item.arguments += event.argumentsDelta;
        return this.emit({ type: "response.function_call_arguments.delta", item_id: call.item.id, output_index: call.index, delta: event.argumentsDelta });
      }
      case "usage":
        this.usage = event.usage;
        return "";
      case "warning":
        return renderSseWarningComment(event.warning);
      case "finish":
        return this.finish(event.finishReason, event.usage);
      case "error":
        return this.error(event.error);
    }
  }

  /** The terminal `response.failed` for an upstream that broke mid-stream; open items end `incomplete`. */
  error(error: UpstreamError): string {
    let frames = this.start();
    frames += this.closeOpen("incomplete");
    for (const call of this.calls.values()) frames += this.closeCall(call, "incomplete");
    this.calls.clear();
    this.final = renderResponsesObject(this.identity, {
      status: "failed",
      output: this.output,
      usage: this.usage,
      error: { code: "server_error", message: `upstream failed mid-stream: ${error.message}` },
    });
    return frames + this.emit({ type: "response.failed", response: this.final });
  }

  /** The finished Response (completed, incomplete or failed); undefined while the stream runs. */
  result(): ResponsesObject | undefined {
    return this.final;
  }

  private start(): string {
    if (this.started) return "";
    this.started = true;
    const response = renderResponsesObject(this.identity, { status: "in_progress", output: [] });
    return this.emit({ type: "response.created", response }) + this.emit({ type: "response.in_progress", response });
  }

  private finish(finishReason: FinishReason, usage: Usage): string {
    let frames = this.start() + this.closeOpen();
    const incomplete = finishReason.unified === "length" || finishReason.unified === "content-filter";
    for (const call of this.calls.values()) frames += this.closeCall(call, incomplete ? "incomplete" : "completed");
    this.calls.clear();
    this.final = renderResponsesObject(this.identity, { status: "completed", output: this.output, usage, finishReason });
    const type = this.final.status === "incomplete" ? "response.incomplete" : "response.completed";
    return frames + this.emit({ type, response: this.final });
  }

  /** A citation goes to the message item whose text it points into (the last that began at or before it). */
  private annotate(annotation: TextAnnotation): string {
    let frames = this.start();
    if (this.messages.length === 0) frames += this.closeOpen() + this.openMessage();
    const message = this.messages.findLast((candidate) => candidate.start <= annotation.startIndex) ?? this.messages[0]!;
    const part = message.item.content[0]!;
    const rendered = renderResponsesAnnotation(shiftAnnotation(annotation, -message.start));
    const annotationIndex = part.annotations.push(rendered) - 1;
    return frames + this.emit({ type: "response.output_text.annotation.added", item_id: message.item.id, output_index: message.index, content_index: 0, annotation_index: annotationIndex, annotation: rendered });
  }

  private openMessage(): string {
    const item: ResponsesMessageItem = { type: "message", id: newResponsesId("msg"), role: "assistant", status: "in_progress", content: [{ type: "output_text", text: "", annotations: [], logprobs: [] }] };
    const index = this.output.push(item) - 1;
    this.open = { kind: "message", index, item, start: this.textLength };
    this.messages.push(this.open);
    return (
      this.emit({ type: "response.output_item.added", output_index: index, item: { ...item, content: [] } }) +
      this.emit({ type: "response.content_part.added", item_id: item.id, output_index: index, content_index: 0, part: { type: "output_text", text: "", annotations: [], logprobs: [] } })
    );
  }

  private openReasoning(): string {
    const item: ResponsesReasoningItem = { type: "reasoning", id: newResponsesId("rs"), summary: [], content: [{ type: "reasoning_text", text: "" }], status: "in_progress" };
    const index = this.output.push(item) - 1;
    this.open = { kind: "reasoning", index, item };
    return (
      this.emit({ type: "response.output_item.added", output_index: index, item: { ...item, content: [] } }) +
      this.emit({ type: "response.content_part.added", item_id: item.id, output_index: index, content_index: 0, part: { type: "reasoning_text", text: "" } })
    );
  }

  private closeOpen(status: "completed" | "incomplete" = "completed"): string {
    const open = this.open;
    if (!open) return "";
    this.open = undefined;
    open.item.status = status;
    const base = { item_id: open.item.id, output_index: open.index, content_index: 0 };
    if (open.kind === "message") {
      const part = open.item.content[0]!;
      return (
        this.emit({ type: "response.output_text.done", ...base, text: part.text, logprobs: [] }) +
        this.emit({ type: "response.content_part.done", ...base, part: { ...part } }) +
        this.emit({ type: "response.output_item.done", output_index: open.index, item: structuredClone(open.item) })
      );
    }
    const part = open.item.content![0]!;
    return (
      this.emit({ type: "response.reasoning_text.done", ...base, text: part.text }) +
      this.emit({ type: "response.content_part.done", ...base, part: { ...part } }) +
      this.emit({ type: "response.output_item.done", output_index: open.index, item: structuredClone(open.item) })
    );
  }

  private closeCall(call: { readonly index: number; readonly item: ResponsesFunctionCallItem }, status: "completed" | "incomplete"): string {
    call.item.status = status;
    return (
      this.emit({ type: "response.function_call_arguments.done", item_id: call.item.id, output_index: call.index, name: call.item.name, arguments: call.item.arguments }) +
      this.emit({ type: "response.output_item.done", output_index: call.index, item: { ...call.item } })
    );
  }

  private emit(event: ResponsesStreamEvent): string {
    const numbered = { ...event, sequence_number: this.sequence++ };
    return `event: ${event.type}\ndata: ${JSON.stringify(numbered)}\n\n`;
  }
}
