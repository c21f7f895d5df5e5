import type { StreamEvent } from "../../core/stream-event.js";
import type { CancelSignal } from "../../shared/cancellation.js";
import { SseDecoder, type SseEvent } from "./sse-decoder.js";
import { toUpstreamError, type UpstreamBody } from "./upstream-http.js";

/** A protocol's typed transform from parsed SSE events to canonical ones (CONVENTIONS §4). */
export interface StreamTransform {
  push(event: SseEvent): StreamEvent[];
  /** At end of input: the closing events, or a thrown truncation error. */
  end(): StreamEvent[];
}

/** An upstream SSE body → canonical events, through the one SSE decoder and the protocol's transform. */
export async function* canonicalEvents(body: UpstreamBody, signal: CancelSignal, transform: StreamTransform): AsyncGenerator<StreamEvent> {
  const decoder = new SseDecoder();
  try {
    for await (const chunk of body) {
      for (const sse of decoder.push(chunk as Buffer)) yield* transform.push(sse);
    }
    for (const sse of decoder.end()) yield* transform.push(sse);
  } catch (error) {
    throw toUpstreamError(error, signal);
  } finally {
    body.destroy();
  }
  yield* transform.end();
}
