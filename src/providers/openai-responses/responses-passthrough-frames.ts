import type { FinishReason } from "../../core/finish-reason.js";
import type { Usage } from "../../core/usage.js";
import { UpstreamError } from "../../core/upstream-error.js";
import type { CancelSignal } from "../../shared/cancellation.js";
import type { PassthroughFrame, RelayedDocument } from "../provider.js";
import type { SseEvent } from "../shared/sse-decoder.js";
import { encodeSseFrame } from "../shared/encode-sse-frame.js";
import { SseDataFrames, type DataFrame } from "../shared/sse-data-frames.js";
import { toUpstreamError, type UpstreamBody } from "../shared/upstream-http.js";
import { mapResponsesStatus, responsesFailure } from "./map-responses-status.js";
import type { ResponsesWireObject } from "./parse-responses-object.js";
import { parseResponsesUsage } from "./parse-responses-usage.js";
import { parseStreamFrame } from "../shared/parse-stream-frame.js";

/** Events that carry the whole Response object before the end: read only if the dialect asks (to end a broken stream under the answer's id). */
const snapshotEvents = new Set(["response.created", "response.in_progress", "response.queued"]);
/** Events that end a successful stream, carrying the final Response. */
const finalEvents = new Set(["response.completed", "response.incomplete"]);
/** Events that carry the whole Response object. */
const lifecycleEvents = new Set([...snapshotEvents, ...finalEvents, "response.failed"]);
/**
 * The byte lengths of the names `observe` reads (lifecycle events and `error`): a frame
 * named otherwise by a name of another length (every delta and item event OpenAI sends:
 * 21 bytes and more) is relayed without its name decoded, most of a stream's frames.
 */
const observedNameLengths: ReadonlySet<number> = new Set([...lifecycleEvents, "error"].map((name) => Buffer.byteLength(name)));

interface RelayState {
  finished: boolean;
}

/** What was read of one frame that carries the Response object. */
interface Observed {
  readonly type: string;
  readonly document: () => Readonly<Record<string, unknown>>;
  readonly usage?: Usage;
  readonly finishReason?: FinishReason;
}

/**
 * Relays a Responses stream to a Responses caller, the way the Chat relay does
 * (see openai-compatible-provider.ts): frames are located in the bytes as read
 * (SseDataFrames, `event:` line and all) and each upstream read goes out as one
 * slice of those bytes. A frame is classified by its `event:` name; deltas and
 * item events are not decoded. Only the final `response.completed` /
 * `response.incomplete` frame is parsed (usage, finish, the answer to store), and
 * `error` / `response.failed` frames, which are thrown: the handler ends the stream
 * with its own `response.failed` under the same response id and counts it against
 * the target. `response.created` / `in_progress` are located, parsed only if the
 * stream breaks. A frame without an `event:` line is parsed to learn its type.
 * The item holding the final frame is marked `last`: nothing after it is forwarded
 * (the upstream is still read to its end), so the client's response ends in the
 * same write instead of a second one for the chunked terminator.
 * Frames in any other SSE shape go through the SSE parser and are re-emitted, with
 * their `id:` (see SseDataFrames: only those frames; the next are located again).
 */
export async function* responsesPassthroughFrames(body: UpstreamBody, signal: CancelSignal): AsyncGenerator<PassthroughFrame> {
  const frames = new SseDataFrames({ eventLines: true });
  const state: RelayState = { finished: false };
  try {
    for await (const chunk of body) {
      for (const read of frames.push(chunk as Buffer)) {
        if (read.kind === "frames") yield* relayFrames(read.bytes, read.frames, state);
        else yield* relayEvents(read.events, state);
      }
    }
    yield* relayEvents(frames.end(), state);
  } catch (error) {
    throw toUpstreamError(error, signal);
  } finally {
    body.destroy();
  }
  if (!state.finished) throw new UpstreamError({ kind: "truncated", message: "upstream stream ended before response.completed" });
}

/** One read's frames as one slice of its bytes (frames start at offset 0 and are contiguous). */
function* relayFrames(bytes: Buffer, frames: readonly DataFrame[], state: RelayState): Generator<PassthroughFrame> {
  if (frames.length === 0) return;
  const found = new Located();
  for (let index = 0; index < frames.length; index++) {
    const frame = frames[index]!;
    if (frame.eventLength >= 0 && !observedNameLengths.has(frame.eventLength)) continue;
    let observed: Observed | undefined;
    try {
      observed = observe(frame.event(), () => frame.data(), state);
    } catch (error) {
      // What came before the bad frame still reaches the client.
      if (index > 0) yield found.frame(bytes.subarray(0, frame.start), index);
      throw error;
    }
    if (observed) found.add(observed, frame.start, frame.end, index);
  }
  yield found.frame(bytes.subarray(0, frames[frames.length - 1]!.end), frames.length);
}

/** Frames the SSE parser decoded, re-emitted as text, one item per read. */
function* relayEvents(events: readonly SseEvent[], state: RelayState): Generator<PassthroughFrame> {
  const found = new Located();
  let text = "";
  for (const [index, sse] of events.entries()) {
    let observed: Observed | undefined;
    try {
      observed = observe(sse.event, () => sse.data, state);
    } catch (error) {
      if (text !== "") yield found.frame(text, index);
      throw error;
    }
    const start = text.length;
    text += encodeSseFrame(sse.event, sse.data, sse.id);
    if (observed) found.add(observed, start, text.length, index);
  }
  if (text !== "") yield found.frame(text, events.length);
}

/** The lifecycle frames of one read, with what they said. */
class Located {
  private readonly documents: (Omit<RelayedDocument, "eventsAfter"> & { index: number })[] = [];
  private usage: Usage | undefined;
  private finishReason: FinishReason | undefined;

  add(observed: Observed, start: number, end: number, index: number): void {
    this.documents.push({ type: observed.type, start, end, index, document: observed.document });
    if (observed.usage) this.usage = observed.usage;
    if (observed.finishReason) this.finishReason = observed.finishReason;
  }

  frame(text: string | Buffer, events: number): PassthroughFrame {
    // Built field by field (no filter, map or spreads): this runs for every read of every stream.
    let documents: RelayedDocument[] | undefined;
    let last = false;
    for (const { index, type, start, end, document } of this.documents) {
      if (index >= events) continue;
      (documents ??= []).push({ type, start, end, document, eventsAfter: events - 1 - index });
      // The final Response ends what the client is sent: its frame and the response's end go out in one socket write.
      if (finalEvents.has(type)) last = true;
    }
    const frame: { -readonly [K in keyof PassthroughFrame]: PassthroughFrame[K] } = { text, events, usage: this.usage, finishReason: this.finishReason };
    if (documents) frame.documents = documents;
    if (last) frame.last = true;
    return frame;
  }
}

function observe(name: string | undefined, data: () => string, state: RelayState): Observed | undefined {
  // Named events that are not lifecycle or error frames are relayed unread: the hot path.
  if (name !== undefined && !lifecycleEvents.has(name) && name !== "error") return undefined;
  if (name !== undefined && snapshotEvents.has(name)) {
    let parsed: Readonly<Record<string, unknown>> | undefined;
    return { type: name, document: () => (parsed ??= parseStreamFrame(data())) };
  }
  const event = parseStreamFrame(data()) as { type?: string; response?: ResponsesWireObject; code?: unknown; message?: unknown };
  const type = event.type ?? name;
  if (type === "error") throw responsesFailure({ code: event.code, message: event.message }, "error");
  if (type === "response.failed") throw responsesFailure(event.response?.error, "failed");
  if (type === undefined || !lifecycleEvents.has(type)) return undefined;
  const document = (): Readonly<Record<string, unknown>> => event;
  if (snapshotEvents.has(type)) return { type, document };
  const response = event.response ?? {};
  state.finished = true;
  const finishReason = mapResponsesStatus({
    status: response.status ?? type.slice("response.".length),
    incomplete_details: response.incomplete_details,
    error: response.error,
    hasFunctionCall: (response.output ?? []).some((item) => item.type === "function_call"),
  });
  return { type, document, usage: parseResponsesUsage(response.usage), finishReason };
}
