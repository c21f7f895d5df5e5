import { parseJsonBody } from "../shared/parse-json-body.js";
import { canonicalEvents } from "../shared/canonical-events.js";
import type { CancelSignal } from "../../shared/cancellation.js";
import type { ChatRequest } from "../../core/chat-request.js";
import { UpstreamError } from "../../core/upstream-error.js";
import type { FinishReason } from "../../core/finish-reason.js";
import type { Usage } from "../../core/usage.js";
import type { ChatOutcome, ChatProvider, PassthroughFrame, PassthroughOutcome, ProviderCall } from "../provider.js";
import { FrameBatch } from "../shared/frame-batch.js";
import { SseDecoder } from "../shared/sse-decoder.js";
import { createUpstreamDispatcher, postUpstream, readBody, toUpstreamError, type UpstreamBody } from "../shared/upstream-http.js";
import { convertToOpenAIChatRequest, dropUnsupported } from "./convert-to-openai-chat-request.js";
import { embedWithOpenAICompatible } from "./embed-with-openai-compatible.js";
import { mapOpenAIFinishReason } from "./map-openai-finish-reason.js";
import { OpenAIChatStreamTransform, normaliseToolCalls, streamError } from "./openai-chat-stream-transform.js";
import { parseOpenAIChatCompletion } from "./parse-openai-chat-completion.js";
import { parseOpenAIError } from "../shared/parse-openai-error.js";
import { parseOpenAIUsage } from "./parse-openai-usage.js";

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
      return { kind: "complete", response: parseOpenAIChatCompletion(parsed), warnings };
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

/**
 * Relays upstream SSE frames, reading each only for usage, finish reason and
 * errors. Frames are re-emitted as `data: …\n\n`, which is byte-identical for
 * OpenAI-style streams (no event names, no comments that matter). The frames of
 * one upstream read leave as one item: one socket write and one trip through the
 * async iterator instead of one per frame (per-frame writes were a fifth of the
 * gateway's CPU in a streaming profile at concurrency 64).
 */
async function* passthroughFrames(body: UpstreamBody, signal: CancelSignal, callerWantsUsage: boolean): AsyncGenerator<PassthroughFrame> {
  const decoder = new SseDecoder();
  let finishReason: FinishReason | undefined;
  const onFinish = (reason: FinishReason): void => {
    finishReason = reason;
  };
  let done = false;
  try {
    for await (const chunk of body) {
      const batch = new FrameBatch();
      try {
        for (const sse of decoder.push(chunk as Buffer)) {
          if (done) continue;
          if (sse.data === "[DONE]") {
            done = true;
            batch.add({ text: "data: [DONE]\n\n" });
            continue;
          }
          batch.add(observeFrame(sse.data, callerWantsUsage, onFinish));
        }
      } catch (error) {
        // What came before the bad frame still reaches the client, as it did frame by frame.
        if (!batch.empty) yield batch.frame();
        throw error;
      }
      if (!batch.empty) yield batch.frame();
    }
    const batch = new FrameBatch();
    for (const sse of decoder.end()) if (!done && sse.data !== "[DONE]") batch.add(observeFrame(sse.data, callerWantsUsage, onFinish));
    if (!batch.empty) yield batch.frame();
  } catch (error) {
    throw toUpstreamError(error, signal);
  } finally {
    body.destroy();
  }
  if (!done && !finishReason) throw new UpstreamError({ kind: "truncated", message: "upstream stream ended before the response finished" });
  if (!done) yield { text: "data: [DONE]\n\n" };
}

function observeFrame(data: string, callerWantsUsage: boolean, onFinish: (reason: FinishReason) => void): PassthroughFrame {
  let chunk: { error?: unknown; choices?: { finish_reason?: string | null; delta?: { tool_calls?: unknown } }[]; usage?: Parameters<typeof parseOpenAIUsage>[0] };
  try {
    chunk = JSON.parse(data) as typeof chunk;
  } catch {
    throw new UpstreamError({ kind: "malformed", message: `upstream sent malformed JSON in its stream: ${data.slice(0, 200)}` });
  }
  if (typeof chunk !== "object" || chunk === null) throw new UpstreamError({ kind: "malformed", message: "upstream stream chunk is not an object" });
  if (chunk.error !== undefined) throw streamError(chunk.error);
  const usage: Usage | undefined = chunk.usage ? parseOpenAIUsage(chunk.usage) : undefined;
  const choice = chunk.choices?.[0];
  let finishReason: FinishReason | undefined;
  if (choice?.finish_reason) {
    finishReason = mapOpenAIFinishReason(choice.finish_reason);
    onFinish(finishReason);
  }
  // The usage-only chunk we asked for on the caller's behalf is read, not forwarded.
  if (!callerWantsUsage && usage && (chunk.choices?.length ?? 0) === 0) return { text: "", usage };
  const text = choice?.delta && fixToolArguments(choice.delta) ? JSON.stringify(chunk) : data;
  return { text: `data: ${text}\n\n`, usage, finishReason };
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
