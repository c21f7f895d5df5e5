import type { CancelSignal } from "../../shared/cancellation.js";
import type { FinishReason } from "../../core/finish-reason.js";
import { UpstreamError } from "../../core/upstream-error.js";
import type { AnthropicStreamEvent, AnthropicUsage } from "../../protocols/anthropic-messages/anthropic-messages-wire.js";
import type { PassthroughFrame } from "../provider.js";
import { relaySseFrames } from "../shared/relay-sse-frames.js";
import type { SseEvent } from "../shared/sse-decoder.js";
import { encodeSseFrame } from "../shared/encode-sse-frame.js";
import type { UpstreamBody } from "../shared/upstream-http.js";
import { mapAnthropicStopReason } from "./map-anthropic-stop-reason.js";
import { anthropicStreamError } from "./parse-anthropic-error.js";
import { mergeAnthropicUsage, parseAnthropicUsage } from "./parse-anthropic-usage.js";
import { parseStreamFrame } from "../shared/parse-stream-frame.js";

/**
 * Relays an Anthropic stream to an Anthropic-dialect caller. Each frame is
 * re-emitted as `event: NAME\ndata: JSON\n\n` — the exact shape Anthropic sends (an
 * `id:` line first when the upstream gave one) —
 * and read only for usage, the stop reason and errors. An `error` event is thrown
 * so the handler ends the stream with it (and counts it against the target).
 */
export async function* anthropicPassthroughFrames(body: UpstreamBody, signal: CancelSignal): AsyncGenerator<PassthroughFrame> {
  const state = { usage: {} as AnthropicUsage, finishReason: undefined as FinishReason | undefined, stopped: false };
  yield* relaySseFrames(body, signal, (sse) => observe(sse, state));
  if (!state.stopped) throw new UpstreamError({ kind: "truncated", message: "upstream stream ended before message_stop" });
}

function observe(sse: SseEvent, state: { usage: AnthropicUsage; finishReason: FinishReason | undefined; stopped: boolean }): PassthroughFrame {
  if (sse.event === "error") throw anthropicStreamError(sse.data);
  const event = parseStreamFrame(sse.data) as AnthropicStreamEvent;
  const text = encodeSseFrame(sse.event ?? event.type, sse.data, sse.id);
  switch (event.type) {
    case "error":
      throw anthropicStreamError(sse.data);
    case "message_start":
      state.usage = mergeAnthropicUsage(state.usage, event.message?.usage);
      return { text, usage: parseAnthropicUsage(state.usage) };
    case "message_delta":
      state.usage = mergeAnthropicUsage(state.usage, event.usage);
      if (event.delta?.stop_reason) state.finishReason = mapAnthropicStopReason(event.delta.stop_reason);
      return { text, usage: parseAnthropicUsage(state.usage), finishReason: state.finishReason };
    case "message_stop":
      state.stopped = true;
      return { text };
    default:
      return { text };
  }
}
