import { parseJsonBody } from "../shared/parse-json-body.js";
import { canonicalEvents } from "../shared/canonical-events.js";
import type { ChatRequest } from "../../core/chat-request.js";
import { UpstreamError } from "../../core/upstream-error.js";
import type { Warning } from "../../core/warning.js";
import { anthropicApiVersion, type AnthropicMessage } from "../../protocols/anthropic-messages/anthropic-messages-wire.js";
import type { ChatOutcome, ChatProvider, PassthroughOutcome, ProviderCall } from "../provider.js";
import { createUpstreamDispatcher, postUpstream, readBody } from "../shared/upstream-http.js";
import { anthropicPassthroughFrames } from "./anthropic-passthrough-frames.js";
import { AnthropicStreamTransform } from "./anthropic-stream-transform.js";
import { convertToAnthropicRequest, defaultAnthropicMaxTokens } from "./convert-to-anthropic-request.js";
import { mapAnthropicStopReason } from "./map-anthropic-stop-reason.js";
import { parseAnthropicError } from "./parse-anthropic-error.js";
import { parseAnthropicMessage } from "./parse-anthropic-message.js";
import { droppedAnthropicCitationWarnings } from "./read-anthropic-citation.js";
import { parseAnthropicUsage } from "./parse-anthropic-usage.js";

export interface AnthropicProviderOptions {
  readonly name: string;
  /** `https://api.anthropic.com`, with or without a trailing `/v1`. */
  readonly baseUrl: string;
  readonly apiKey?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** The Anthropic Messages API as a ChatProvider: translated for other dialects, relayed for Anthropic callers. */
export function createAnthropicProvider(options: AnthropicProviderOptions): ChatProvider {
  const dispatcher = createUpstreamDispatcher();
  const base = options.baseUrl.replace(/\/+$/, "");
  const url = `${base.endsWith("/v1") ? base : `${base}/v1`}/messages`;
  const headers: Record<string, string> = { "anthropic-version": anthropicApiVersion, ...options.headers };
  if (options.apiKey) headers["x-api-key"] = options.apiKey;

  const post = (body: Record<string, unknown>, call: ProviderCall, extraHeaders?: Readonly<Record<string, string>>) =>
    postUpstream({ dispatcher, url, headers: extraHeaders ? { ...headers, ...extraHeaders } : headers, body: JSON.stringify(body), signal: call.signal, parseError: parseAnthropicError });

  return {
    name: options.name,
    protocol: "anthropic-messages",

    async chat(request: ChatRequest, call: ProviderCall): Promise<ChatOutcome> {
      const { body, warnings } = convertToAnthropicRequest({ request, upstreamModel: call.upstreamModel });
      const response = await post(body, call);
      if (request.stream) return { kind: "stream", events: canonicalEvents(response.body, call.signal, new AnthropicStreamTransform()), warnings };
      const parsed = parseJsonBody(await readBody(response.body, call.signal));
      const dropped = droppedAnthropicCitationWarnings(parsed);
      return { kind: "complete", response: parseAnthropicMessage(parsed), warnings: dropped.length > 0 ? [...warnings, ...dropped] : warnings };
    },

    async passthrough(rawBody, request, call): Promise<PassthroughOutcome> {
      const body = normalisePassthroughBody(rawBody, call.upstreamModel);
      // Nothing is dropped on this path: the caller's fields are Anthropic's own.
      const warnings: readonly Warning[] = [];
      // Beta features the client opted into (and its API version) reach the upstream unchanged.
      const response = await post(body, call, call.forwardHeaders);
      if (request.stream) return { kind: "stream", frames: anthropicPassthroughFrames(response.body, call.signal), warnings };
      const bytes = await readBody(response.body, call.signal);
      const parsed = parseJsonBody(bytes) as Partial<AnthropicMessage>;
      if (!Array.isArray(parsed?.content)) throw new UpstreamError({ kind: "malformed", message: "upstream answer has no content array" });
      return { kind: "complete", body: bytes, usage: parseAnthropicUsage(parsed.usage), finishReason: mapAnthropicStopReason(parsed.stop_reason), warnings };
    },

    async countTokens(request, call, rawBody) {
      const body: Record<string, unknown> = {};
      if (rawBody) Object.assign(body, rawBody);
      else {
        // The counting endpoint takes the prompt-shaping fields only; generation settings are refused there.
        const translated = convertToAnthropicRequest({ request, upstreamModel: call.upstreamModel }).body;
        for (const key of countTokensFields) if (translated[key] !== undefined) body[key] = translated[key];
      }
      body.model = call.upstreamModel;
      const response = await postUpstream({
        dispatcher,
        url: `${url}/count_tokens`,
        headers: rawBody && call.forwardHeaders ? { ...headers, ...call.forwardHeaders } : headers,
        body: JSON.stringify(body),
        signal: call.signal,
        parseError: parseAnthropicError,
      });
      const parsed = parseJsonBody(await readBody(response.body, call.signal)) as { input_tokens?: unknown } | null;
      if (typeof parsed?.input_tokens !== "number") throw new UpstreamError({ kind: "malformed", message: "upstream count_tokens answer has no input_tokens" });
      return parsed.input_tokens;
    },

    async close() {
      await dispatcher.close();
    },
  };
}

/** What Anthropic's `POST /v1/messages/count_tokens` accepts. */
const countTokensFields = ["messages", "system", "tools", "tool_choice", "thinking"] as const;

/**
 * The caller's own body, changed only where the upstream would refuse it: the
 * model, a missing `max_tokens`, and `system` entries inside `messages` (newer
 * API versions allow them; the version we send does not), which are appended to
 * the top-level `system` in order.
 */
function normalisePassthroughBody(rawBody: Readonly<Record<string, unknown>>, upstreamModel: string): Record<string, unknown> {
  const body: Record<string, unknown> = { ...rawBody, model: upstreamModel };
  if (body.max_tokens === undefined) body.max_tokens = defaultAnthropicMaxTokens;
  const messages = Array.isArray(body.messages) ? (body.messages as { role?: unknown; content?: unknown }[]) : [];
  if (messages.some((message) => message.role === "system")) {
    const system: unknown[] = typeof body.system === "string" ? [{ type: "text", text: body.system }] : Array.isArray(body.system) ? [...(body.system as unknown[])] : [];
    for (const message of messages) {
      if (message.role !== "system") continue;
      if (typeof message.content === "string") system.push({ type: "text", text: message.content });
      else if (Array.isArray(message.content)) system.push(...(message.content as unknown[]));
    }
    body.system = system;
    body.messages = messages.filter((message) => message.role !== "system");
  }
  return body;
}
