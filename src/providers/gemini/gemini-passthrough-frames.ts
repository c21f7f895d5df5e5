import type { FinishReason } from "../../core/finish-reason.js";
import { UpstreamError } from "../../core/upstream-error.js";
import { usageNotReported, type Usage } from "../../core/usage.js";
import type { CancelSignal } from "../../shared/cancellation.js";
import type { GeminiGenerateContentResponse } from "../../protocols/gemini/gemini-wire.js";
import type { PassthroughFrame } from "../provider.js";
import { relaySseFrames } from "../shared/relay-sse-frames.js";
import type { SseEvent } from "../shared/sse-decoder.js";
import type { UpstreamBody } from "../shared/upstream-http.js";
import { mapGeminiFinishReason } from "./map-gemini-finish-reason.js";
import { geminiStreamError } from "./parse-gemini-error.js";
import { parseGeminiUsage } from "./parse-gemini-usage.js";
import { parseStreamFrame } from "../shared/parse-stream-frame.js";

/**
 * Relays a `streamGenerateContent?alt=sse` stream to a Gemini caller: each chunk
 * goes out as the `data:` line Gemini sent, read only for usage (a running
 * total), the finish reason and errors. Gemini has no end marker, so a stream
 * that closes before any `finishReason` (or prompt block) is a truncation.
 */
export async function* geminiPassthroughFrames(body: UpstreamBody, signal: CancelSignal): AsyncGenerator<PassthroughFrame> {
  const state = { finished: false, sawCalls: false };
  yield* relaySseFrames(body, signal, (sse) => observe(sse, state));
  if (!state.finished) throw new UpstreamError({ kind: "truncated", message: "upstream stream ended before a finishReason" });
}

function observe(sse: SseEvent, state: { finished: boolean; sawCalls: boolean }): PassthroughFrame {
  const chunk = parseStreamFrame(sse.data) as GeminiGenerateContentResponse;
  if (chunk.error !== undefined) throw geminiStreamError(chunk.error);
  // One line per event, as Gemini sends it; a multi-line data field is re-serialised onto one.
  const text = `data: ${sse.data.includes("\n") ? JSON.stringify(chunk) : sse.data}\n\n`;
  const candidate = chunk.candidates?.[0];
  if (candidate?.content?.parts?.some((part) => part.functionCall)) state.sawCalls = true;
  const usage: Usage | undefined = chunk.usageMetadata ? parseGeminiUsage(chunk.usageMetadata) : undefined;
  let finishReason: FinishReason | undefined;
  const raw = candidate?.finishReason ?? (candidate ? undefined : chunk.promptFeedback?.blockReason);
  if (raw !== undefined) {
    state.finished = true;
    finishReason = mapGeminiFinishReason(raw, state.sawCalls);
  }
  return { text, ...(usage && usage !== usageNotReported && { usage }), ...(finishReason && { finishReason }) };
}
