import type { CancelSignal } from "../../shared/cancellation.js";
import type { PassthroughFrame } from "../provider.js";
import { FrameBatch } from "./frame-batch.js";
import { SseDecoder, type SseEvent } from "./sse-decoder.js";
import { toUpstreamError, type UpstreamBody } from "./upstream-http.js";

/**
 * The loop every same-protocol relay shares: decode the upstream's SSE, let the
 * protocol's `observe` read what it must (usage, finish, errors) and give the frame
 * to forward, and send the frames of one upstream read as one (see FrameBatch).
 * Frames before a bad one still reach the client; then the error propagates as an
 * UpstreamError. Whether the stream ended properly is the caller's check, after this.
 */
export async function* relaySseFrames(body: UpstreamBody, signal: CancelSignal, observe: (sse: SseEvent) => PassthroughFrame): AsyncGenerator<PassthroughFrame> {
  const decoder = new SseDecoder();
  try {
    for await (const chunk of body) yield* batchOf(decoder.push(chunk as Buffer), observe);
    yield* batchOf(decoder.end(), observe);
  } catch (error) {
    throw toUpstreamError(error, signal);
  } finally {
    body.destroy();
  }
}

function* batchOf(events: Iterable<SseEvent>, observe: (sse: SseEvent) => PassthroughFrame): Generator<PassthroughFrame> {
  const batch = new FrameBatch();
  try {
    for (const sse of events) batch.add(observe(sse));
  } catch (error) {
    if (!batch.empty) yield batch.frame();
    throw error;
  }
  if (!batch.empty) yield batch.frame();
}
