import { canonicalEvents } from "../shared/canonical-events.js";
import type { ChatRequest } from "../../core/chat-request.js";
import { UpstreamError } from "../../core/upstream-error.js";
import type { ChatOutcome, ChatProvider, PassthroughOutcome, ProviderCall } from "../provider.js";
import { parseJsonBody } from "../shared/parse-json-body.js";
import type { GeminiCountTokensResponse, GeminiGenerateContentResponse } from "../../protocols/gemini/gemini-wire.js";
import { geminiPassthroughFrames } from "./gemini-passthrough-frames.js";
import { mapGeminiFinishReason } from "./map-gemini-finish-reason.js";
import { parseGeminiUsage } from "./parse-gemini-usage.js";
import { createUpstreamDispatcher, postUpstream, readBody } from "../shared/upstream-http.js";
import { convertToGeminiRequest } from "./convert-to-gemini-request.js";
import { embedWithGemini } from "./embed-with-gemini.js";
import { GeminiStreamTransform } from "./gemini-stream-transform.js";
import { parseGeminiError } from "./parse-gemini-error.js";
import { parseGeminiResponse } from "./parse-gemini-response.js";

export interface GeminiProviderOptions {
  readonly name: string;
  /** `https://generativelanguage.googleapis.com`, with or without `/v1beta`. */
  readonly baseUrl: string;
  readonly apiKey?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * The Gemini API as a ChatProvider: translated for other dialects, relayed for
 * Gemini callers (their body is sent as-is to the target's model).
 */
export function createGeminiProvider(options: GeminiProviderOptions): ChatProvider {
  const dispatcher = createUpstreamDispatcher();
  const trimmed = options.baseUrl.replace(/\/+$/, "");
  const baseUrl = /\/v1(beta)?$/.test(trimmed) ? trimmed : `${trimmed}/v1beta`;
  const headers: Record<string, string> = { ...options.headers };
  // The header, not `?key=`: keys in URLs end up in proxy and access logs.
  if (options.apiKey) headers["x-goog-api-key"] = options.apiKey;

  return {
    name: options.name,
    protocol: "gemini",

    async chat(request: ChatRequest, call: ProviderCall): Promise<ChatOutcome> {
      const { body, warnings } = convertToGeminiRequest(request);
      const model = encodeURIComponent(call.upstreamModel);
      const url = request.stream ? `${baseUrl}/models/${model}:streamGenerateContent?alt=sse` : `${baseUrl}/models/${model}:generateContent`;
      const response = await postUpstream({ dispatcher, url, headers, body: JSON.stringify(body), signal: call.signal, parseError: parseGeminiError });
      if (request.stream) return { kind: "stream", events: canonicalEvents(response.body, call.signal, new GeminiStreamTransform()), warnings };
      const bytes = await readBody(response.body, call.signal);
      let parsed: unknown;
      try {
        parsed = JSON.parse(bytes.toString("utf8"));
      } catch {
        throw new UpstreamError({ kind: "malformed", message: `upstream sent a body that is not JSON: ${bytes.toString("utf8", 0, 200)}` });
      }
      return { kind: "complete", response: parseGeminiResponse(parsed), warnings };
    },

    async passthrough(rawBody, request, call): Promise<PassthroughOutcome> {
      const model = encodeURIComponent(call.upstreamModel);
      const url = request.stream ? `${baseUrl}/models/${model}:streamGenerateContent?alt=sse` : `${baseUrl}/models/${model}:generateContent`;
      const response = await postUpstream({ dispatcher, url, headers, body: JSON.stringify(rawBody), signal: call.signal, parseError: parseGeminiError });
      // Nothing is dropped on this path: the caller's fields are Gemini's own.
      if (request.stream) return { kind: "stream", frames: geminiPassthroughFrames(response.body, call.signal), warnings: [] };
      const bytes = await readBody(response.body, call.signal);
      const parsed = parseJsonBody(bytes) as GeminiGenerateContentResponse | null;
      if (!parsed || typeof parsed !== "object" || (!Array.isArray(parsed.candidates) && !parsed.promptFeedback)) {
        throw new UpstreamError({ kind: "malformed", message: "upstream answer has neither candidates nor promptFeedback" });
      }
      const candidate = parsed.candidates?.[0];
      const sawCalls = candidate?.content?.parts?.some((part) => part.functionCall) ?? false;
      const raw = candidate?.finishReason ?? (candidate ? undefined : parsed.promptFeedback?.blockReason);
      return { kind: "complete", body: bytes, usage: parseGeminiUsage(parsed.usageMetadata), finishReason: raw === undefined ? undefined : mapGeminiFinishReason(raw, sawCalls), warnings: [] };
    },

    async countTokens(request, call, rawBody) {
      const model = encodeURIComponent(call.upstreamModel);
      let body: Record<string, unknown>;
      if (rawBody) {
        // A Gemini caller's own countTokens body; a nested generateContentRequest names the model too.
        const nested = rawBody.generateContentRequest as Record<string, unknown> | undefined;
        body = nested ? { ...rawBody, generateContentRequest: { ...nested, model: `models/${call.upstreamModel}` } } : { ...rawBody };
      } else {
        body = { generateContentRequest: { model: `models/${call.upstreamModel}`, ...convertToGeminiRequest(request).body } };
      }
      const response = await postUpstream({ dispatcher, url: `${baseUrl}/models/${model}:countTokens`, headers, body: JSON.stringify(body), signal: call.signal, parseError: parseGeminiError });
      const parsed = parseJsonBody(await readBody(response.body, call.signal)) as Partial<GeminiCountTokensResponse> | null;
      if (typeof parsed?.totalTokens !== "number") throw new UpstreamError({ kind: "malformed", message: "upstream countTokens answer has no totalTokens" });
      return parsed.totalTokens;
    },

    embed: (request, call) => embedWithGemini({ dispatcher, baseUrl, headers, request, call }),

    async close() {
      await dispatcher.close();
    },
  };
}

