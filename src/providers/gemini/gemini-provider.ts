import { canonicalEvents } from "../shared/canonical-events.js";
import type { ChatRequest } from "../../core/chat-request.js";
import { UpstreamError } from "../../core/upstream-error.js";
import type { ChatOutcome, ChatProvider, ProviderCall } from "../provider.js";
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
 * The Gemini API as a ChatProvider. No dialect speaks Gemini inbound, so there is
 * no pass-through: every request is translated.
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

    embed: (request, call) => embedWithGemini({ dispatcher, baseUrl, headers, request, call }),

    async close() {
      await dispatcher.close();
    },
  };
}

