import type { FinishReason } from "../../core/finish-reason.js";
import { UpstreamError } from "../../core/upstream-error.js";
import type { CancelSignal } from "../../shared/cancellation.js";
import type { PassthroughFrame } from "../provider.js";
import { SseDecoder, type SseEvent } from "../shared/sse-decoder.js";
import { toUpstreamError, type UpstreamBody } from "../shared/upstream-http.js";
import { mapResponsesStatus, responsesFailure } from "./map-responses-status.js";
import type { ResponsesWireObject } from "./parse-responses-object.js";
import { parseResponsesUsage } from "./parse-responses-usage.js";

/** Events that carry the whole Response object: the only ones a relay must read. */
const lifecycleEvents = new Set(["response.created", "response.in_progress", "response.queued", "response.completed", "response.incomplete", "response.failed"]);

/**
 * Relays a Responses stream to a Responses caller. Frames go out as they came
 * (`event:` line when the upstream sent one, then `data:`); deltas are not even
 * parsed. Lifecycle frames are read for usage and the finish, and handed on as
 * `document` so the gateway can store the finished Response. An `error` event
 * or `response.failed` is thrown: the handler ends the stream with its own
 * `response.failed` (under the same response id) and counts it against the target.
 */
export async function* responsesPassthroughFrames(body: UpstreamBody, signal: CancelSignal): AsyncGenerator<PassthroughFrame> {
  // One item per SSE event, not per read (unlike relaySseFrames): the handler reads each
  // lifecycle document in turn (created first, then the rest), which a batch would merge.
  const decoder = new SseDecoder();
  const state = { finished: false };
  try {
    for await (const chunk of body) {
      for (const sse of decoder.push(chunk as Buffer)) yield observe(sse, state);
    }
    for (const sse of decoder.end()) yield observe(sse, state);
  } catch (error) {
    throw toUpstreamError(error, signal);
  } finally {
    body.destroy();
  }
  if (!state.finished) throw new UpstreamError({ kind: "truncated", message: "upstream stream ended before response.completed" });
}

function observe(sse: SseEvent, state: { finished: boolean }): PassthroughFrame {
  const text = sse.event === undefined ? `data: ${sse.data}\n\n` : `event: ${sse.event}\ndata: ${sse.data}\n\n`;
  // Named events that are not lifecycle or error frames are relayed unread: the hot path.
  if (sse.event !== undefined && !lifecycleEvents.has(sse.event) && sse.event !== "error") {
    return { text };
  }
  let event: { type?: string; response?: ResponsesWireObject; code?: unknown; message?: unknown };
  try {
    event = JSON.parse(sse.data) as typeof event;
  } catch {
    throw new UpstreamError({ kind: "malformed", message: `upstream sent malformed JSON in its stream: ${sse.data.slice(0, 200)}` });
  }
  if (typeof event !== "object" || event === null) throw new UpstreamError({ kind: "malformed", message: "upstream stream event is not an object" });
  const type = event.type ?? sse.event;
  if (type === "error") throw responsesFailure({ code: event.code, message: event.message }, "error");
  if (type === "response.failed") throw responsesFailure(event.response?.error, "failed");
  if (type === undefined || !lifecycleEvents.has(type)) return { text };
  const document = event as Readonly<Record<string, unknown>>;
  if (type !== "response.completed" && type !== "response.incomplete") return { text, document };
  const response = event.response ?? {};
  state.finished = true;
  const finishReason: FinishReason = mapResponsesStatus({ ...response, status: response.status ?? type.slice("response.".length), hasFunctionCall: hasFunctionCall(response) });
  return { text, document, usage: parseResponsesUsage(response.usage), finishReason };
}

function hasFunctionCall(response: ResponsesWireObject): boolean {
  return (response.output ?? []).some((item) => item.type === "function_call");
}
