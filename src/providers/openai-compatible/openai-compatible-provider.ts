import { parseJsonBody } from "../shared/parse-json-body.js";
import { canonicalEvents } from "../shared/canonical-events.js";
import type { CancelSignal } from "../../shared/cancellation.js";
import type { ChatRequest } from "../../core/chat-request.js";
import { UpstreamError } from "../../core/upstream-error.js";
import type { FinishReason } from "../../core/finish-reason.js";
import type { Usage } from "../../core/usage.js";
import type { ChatOutcome, ChatProvider, PassthroughFrame, PassthroughOutcome, ProviderCall } from "../provider.js";
import { FrameBatch } from "../shared/frame-batch.js";
import type { SseEvent } from "../shared/sse-decoder.js";
import { SseDataFrames, type DataFrame } from "../shared/sse-data-frames.js";
import { encodeSseFrame } from "../shared/encode-sse-frame.js";
import { createUpstreamDispatcher, postUpstream, readBody, toUpstreamError, type UpstreamBody } from "../shared/upstream-http.js";
import { convertToOpenAIChatRequest, dropUnsupported } from "./convert-to-openai-chat-request.js";
import { embedWithOpenAICompatible } from "./embed-with-openai-compatible.js";
import { mapOpenAIFinishReason } from "./map-openai-finish-reason.js";
import { OpenAIChatStreamTransform, normaliseToolCalls, streamError } from "./openai-chat-stream-transform.js";
import { droppedOpenAIAnnotationWarnings, parseOpenAIChatCompletion } from "./parse-openai-chat-completion.js";
import { parseOpenAIError } from "../shared/parse-openai-error.js";
import { parseOpenAIUsage } from "./parse-openai-usage.js";
import { parseStreamFrame } from "../shared/parse-stream-frame.js";

export interface OpenAICompatibleProviderOptions {
  readonly name: string;
  readonly baseUrl: string;
  readonly apiKey?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly unsupportedParameters?: readonly string[];
  /** Ask for usage in streams even when the caller did not, so the ledger has it. */
  readonly streamUsage?: boolean;
}

export function createOpenAICompatibleProvider(options: OpenAICompatibleProviderOptions): ChatProvider {
  const dispatcher = createUpstreamDispatcher();
  const url = `${options.baseUrl.replace(/\/+$/, "")}/chat/completions`;
  const headers: Record<string, string> = { ...options.headers };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  const unsupported = new Set(options.unsupportedParameters ?? []);
  const streamUsage = options.streamUsage ?? true;

  const post = (body: Record<string, unknown>, call: ProviderCall) =>
    postUpstream({ dispatcher, url, headers, body: JSON.stringify(body), signal: call.signal, parseError: parseOpenAIError });

  return {
    name: options.name,
    protocol: "openai-chat",

    async chat(request: ChatRequest, call: ProviderCall): Promise<ChatOutcome> {
      const { body, warnings } = convertToOpenAIChatRequest({ request, upstreamModel: call.upstreamModel, unsupportedParameters: unsupported, requestStreamUsage: streamUsage });
      const response = await post(body, call);
      if (request.stream) return { kind: "stream", events: canonicalEvents(response.body, call.signal, new OpenAIChatStreamTransform()), warnings };
      const parsed = parseJsonBody(await readBody(response.body, call.signal));
      const dropped = droppedOpenAIAnnotationWarnings(parsed);
      return { kind: "complete", response: parseOpenAIChatCompletion(parsed), warnings: dropped.length > 0 ? [...warnings, ...dropped] : warnings };
    },

    async passthrough(rawBody, request, call): Promise<PassthroughOutcome> {
      const body: Record<string, unknown> = { ...rawBody, model: call.upstreamModel };
      const warnings = dropUnsupported(body, unsupported);
      const callerWantsUsage = request.includeUsage === true;
      if (request.stream && streamUsage && !callerWantsUsage) {
        body.stream_options = { ...(rawBody.stream_options as object | undefined), include_usage: true };
      }
      const response = await post(body, call);
      if (request.stream) return { kind: "stream", frames: passthroughFrames(response.body, call.signal, callerWantsUsage), warnings };
      const bytes = await readBody(response.body, call.signal);
      const parsed = parseJsonBody(bytes) as { choices?: { finish_reason?: string; message?: { tool_calls?: unknown } }[]; usage?: Parameters<typeof parseOpenAIUsage>[0] };
      if (!Array.isArray(parsed?.choices)) throw new UpstreamError({ kind: "malformed", message: "upstream answer has no choices" });
      const message = parsed.choices[0]?.message;
      // Object-typed tool arguments would break OpenAI SDKs; re-encode only in that case.
      const fixed = message && fixToolArguments(message) ? Buffer.from(JSON.stringify(parsed)) : bytes;
      return {
        kind: "complete",
        body: fixed,
        usage: parseOpenAIUsage(parsed.usage),
        finishReason: parsed.choices[0]?.finish_reason ? mapOpenAIFinishReason(parsed.choices[0].finish_reason) : undefined,
        warnings,
      };
    },

    embed: (request, call) => embedWithOpenAICompatible({ dispatcher, url: `${options.baseUrl.replace(/\/+$/, "")}/embeddings`, headers, request, call }),

    async close() {
      await dispatcher.close();
    },
  };
}

/** What a relay has learned of the stream so far. */
interface RelayState {
  /** `[DONE]` was seen: anything after it is not forwarded. */
  done: boolean;
  finishReason: FinishReason | undefined;
}

/**
 * Relays upstream SSE frames, reading each only as far as usage, finish reason
 * and errors need. Frames in OpenAI's usual shape are located in the bytes as read
 * (SseDataFrames) and forwarded as those bytes, one write per upstream read;
 * content deltas, most of any answer, are not even decoded. Only frames that may
 * carry an error, usage, tool calls or a finish reason are parsed, and only a
 * frame that has to change (object tool arguments, the usage chunk the caller did
 * not ask for) is re-encoded. A stream in any other SSE shape goes through the SSE
 * parser and is re-emitted as `data: …\n\n` frames, which is byte-identical for
 * OpenAI-style streams. (Decoding, re-joining and re-encoding every frame cost a
 * streaming request about a third more CPU than a plain one at concurrency 64.)
 */
async function* passthroughFrames(body: UpstreamBody, signal: CancelSignal, callerWantsUsage: boolean): AsyncGenerator<PassthroughFrame> {
  const frames = new SseDataFrames();
  const state: RelayState = { done: false, finishReason: undefined };
  try {
    for await (const chunk of body) {
      for (const read of frames.push(chunk as Buffer)) {
        if (read.kind === "frames") yield* relayFrames(read.bytes, read.frames, state, callerWantsUsage);
        else yield* relayEvents(read.events, state, callerWantsUsage, false);
      }
    }
    yield* relayEvents(frames.end(), state, callerWantsUsage, true);
  } catch (error) {
    throw toUpstreamError(error, signal);
  } finally {
    body.destroy();
  }
  if (!state.done && !state.finishReason) throw new UpstreamError({ kind: "truncated", message: "upstream stream ended before the response finished" });
  if (!state.done) yield { text: doneFrame, last: true };
}

const doneFrame = "data: [DONE]\n\n";

/** The frames of one read, as bytes: runs of unchanged frames are sliced from the read, not copied. */
function* relayFrames(bytes: Buffer, frames: readonly DataFrame[], state: RelayState, callerWantsUsage: boolean): Generator<PassthroughFrame> {
  if (frames.length === 0) return;
  // One byte per character: offsets in the view are offsets in the bytes, and the markers sought are ASCII.
  const view = bytes.toString("latin1", 0, frames[frames.length - 1]!.end);
  const markers = new FrameMarkers(view);
  const pieces: Buffer[] = [];
  let copyFrom = 0;
  let usage: Usage | undefined;
  let finishReason: FinishReason | undefined;
  let sawDone = false;
  const replace = (frame: DataFrame, text: string): void => {
    if (frame.start > copyFrom) pieces.push(bytes.subarray(copyFrom, frame.start));
    if (text !== "") pieces.push(Buffer.from(text));
    copyFrom = frame.end;
  };
  // Everything from `copyFrom` up to `end` not yet taken, as one frame.
  const batch = (end: number): PassthroughFrame => {
    if (copyFrom < end) pieces.push(bytes.subarray(copyFrom, end));
    copyFrom = end;
    return { text: pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces), usage, finishReason, ...(sawDone ? { last: true as const } : {}) };
  };
  let current = frames[0]!;
  try {
    for (const frame of frames) {
      current = frame;
      if (state.done) {
        replace(frame, "");
        continue;
      }
      if (frame.end - frame.start === doneFrame.length && view.startsWith(doneFrame, frame.start)) {
        state.done = sawDone = true;
        continue;
      }
      if (!markers.needsReading(frame.start, frame.end)) continue;
      const observed = observeFrame(frame.data(), callerWantsUsage);
      if (observed.usage) usage = observed.usage;
      if (observed.finishReason) finishReason = state.finishReason = observed.finishReason;
      if (observed.replacement !== undefined) replace(frame, observed.replacement);
    }
  } catch (error) {
    // What came before the bad frame still reaches the client, as it did frame by frame.
    const before = batch(current.start);
    if (before.text.length > 0) yield before;
    throw error;
  }
  const relayed = batch(view.length);
  if (relayed.text.length > 0 || usage || finishReason) yield relayed;
}

/** Frames in any other SSE shape, decoded by the parser: re-emitted as `data: …\n\n` text (`id:` kept), one item per run. */
function* relayEvents(events: readonly SseEvent[], state: RelayState, callerWantsUsage: boolean, atEnd: boolean): Generator<PassthroughFrame> {
  const batch = new FrameBatch();
  try {
    for (const sse of events) {
      if (state.done) continue;
      if (sse.data === "[DONE]") {
        // At the end of input, a `[DONE]` is not counted (as before: the stream must have finished; the [DONE] is added after that check).
        if (atEnd) continue;
        state.done = true;
        batch.add({ text: sse.id === undefined ? doneFrame : encodeSseFrame(undefined, sse.data, sse.id) });
        continue;
      }
      const observed = observeFrame(sse.data, callerWantsUsage);
      if (observed.finishReason) state.finishReason = observed.finishReason;
      // The upstream's `id:` stays on its frame, re-encoded or not (a frame not forwarded takes it along).
      const text = observed.replacement === undefined ? encodeSseFrame(undefined, sse.data, sse.id) : observed.replacement !== "" && sse.id !== undefined ? `id: ${sse.id}\n${observed.replacement}` : observed.replacement;
      batch.add({ text, usage: observed.usage, finishReason: observed.finishReason });
    }
  } catch (error) {
    if (!batch.empty) yield batch.frame();
    throw error;
  }
  if (!batch.empty) yield state.done ? { ...batch.frame(), last: true } : batch.frame();
}

/**
 * Finds, in one read's bytes, the frames that must be parsed: those that may carry
 * an error, usage, tool calls or a non-null finish reason, and any whose data is
 * not shaped `{…}` (parsed, so a stream that turns into something else fails as
 * malformed). A key in quotes cannot occur inside a JSON string (its quotes would
 * be escaped), so a content delta that mentions "usage" does not trip it, and a
 * false alarm costs only a parse. The price of not parsing the rest: a brace-shaped
 * frame with broken JSON inside reaches the client as the upstream sent it, as it
 * would through a bare proxy. Each marker is sought once per read, not per frame.
 */
class FrameMarkers {
  private readonly next = new Map<string, number>();

  constructor(private readonly view: string) {}

  needsReading(start: number, end: number): boolean {
    // `data: {…}\n\n`: the data's first and last characters.
    if (this.view.charCodeAt(start + 6) !== 0x7b || this.view.charCodeAt(end - 3) !== 0x7d) return true;
    if (this.within('"error"', start, end) || this.within('"usage"', start, end) || this.within('"tool_calls"', start, end)) return true;
    for (let at = this.view.indexOf(finishKey, start); at !== -1 && at < end; at = this.view.indexOf(finishKey, at + 1)) {
      if (!isNullValue(this.view, at + finishKey.length)) return true;
    }
    return false;
  }

  private within(marker: string, start: number, end: number): boolean {
    let at = this.next.get(marker);
    if (at === undefined || (at !== -1 && at < start)) {
      at = this.view.indexOf(marker, start);
      this.next.set(marker, at);
    }
    return at !== -1 && at < end;
  }
}

const finishKey = '"finish_reason"';

/** True when the text from `index` is `: null`, with any JSON whitespace around the colon. */
function isNullValue(view: string, index: number): boolean {
  let at = index;
  while (isJsonSpace(view.charCodeAt(at))) at++;
  if (view.charCodeAt(at) !== 0x3a) return false;
  at++;
  while (isJsonSpace(view.charCodeAt(at))) at++;
  return view.startsWith("null", at);
}

function isJsonSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/**
 * Reads one frame's data: usage, finish reason, an error sent inside the stream
 * (thrown). `replacement` is the frame's new text when it must change ("" when it
 * is read but not forwarded); absent, the frame goes out as the upstream sent it.
 */
function observeFrame(data: string, callerWantsUsage: boolean): { usage?: Usage; finishReason?: FinishReason; replacement?: string } {
  const chunk = parseStreamFrame(data) as { error?: unknown; choices?: { finish_reason?: string | null; delta?: { tool_calls?: unknown } }[]; usage?: Parameters<typeof parseOpenAIUsage>[0] };
  if (chunk.error !== undefined) throw streamError(chunk.error);
  const usage: Usage | undefined = chunk.usage ? parseOpenAIUsage(chunk.usage) : undefined;
  const choice = chunk.choices?.[0];
  const finishReason = choice?.finish_reason ? mapOpenAIFinishReason(choice.finish_reason) : undefined;
  // The usage-only chunk we asked for on the caller's behalf is read, not forwarded.
  if (!callerWantsUsage && usage && (chunk.choices?.length ?? 0) === 0) return { usage, replacement: "" };
  const replacement = choice?.delta && fixToolArguments(choice.delta) ? `data: ${JSON.stringify(chunk)}\n\n` : undefined;
  return { usage, finishReason, replacement };
}

/** Normalises tool calls in place (object arguments → JSON text, bare object → array); true when anything changed. */
function fixToolArguments(holder: { tool_calls?: unknown }): boolean {
  if (holder.tool_calls === undefined || holder.tool_calls === null) return false;
  let changed = !Array.isArray(holder.tool_calls);
  const calls = normaliseToolCalls(holder.tool_calls);
  for (const call of calls) {
    if (call.function && call.function.arguments !== undefined && typeof call.function.arguments !== "string") {
      call.function.arguments = JSON.stringify(call.function.arguments);
      changed = true;
    }
  }
  if (changed) holder.tool_calls = calls;
  return changed;
}
