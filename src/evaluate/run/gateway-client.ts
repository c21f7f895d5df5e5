import type { IncomingHttpHeaders } from "node:http";
import { UpstreamError } from "../../core/upstream-error.js";
import { convertToOpenAIChatRequest } from "../../providers/openai-compatible/convert-to-openai-chat-request.js";
import { createOpenAICompatibleProvider } from "../../providers/openai-compatible/openai-compatible-provider.js";
import { parseOpenAIChatCompletion } from "../../providers/openai-compatible/parse-openai-chat-completion.js";
import { parseJsonBody } from "../../providers/shared/parse-json-body.js";
import { parseOpenAIError } from "../../providers/shared/parse-openai-error.js";
import { createUpstreamDispatcher, postUpstream, readBody } from "../../providers/shared/upstream-http.js";
import { collectAnswer } from "./collect-answer.js";
import { CallFailure, type ModelClient } from "./model-client.js";
import { responsesAnswer } from "./responses-answer.js";

/**
 * Calls a running gateway through its OpenAI-compatible API (`/chat/completions`,
 * `/responses`, `/embeddings`), the gateway being just another OpenAI-compatible
 * upstream that does its own routing. What it served and what that cost come
 * from its answer's headers (`x-switchyard-target`, `x-switchyard-cost-usd`), so
 * rows match in-process rows. `SWITCHYARD_API_KEY` is sent as the bearer key.
 */
export function createGatewayClient(options: { url: string; apiKey?: string }): ModelClient {
  const baseUrl = /\/v1\/?$/.test(options.url) ? options.url.replace(/\/+$/, "") : `${options.url.replace(/\/+$/, "")}/v1`;
  const embeddings = createOpenAICompatibleProvider({ name: "gateway", baseUrl, apiKey: options.apiKey, streamUsage: false });
  const dispatcher = createUpstreamDispatcher();
  const headers: Record<string, string> = options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {};

  async function post(path: string, body: Readonly<Record<string, unknown>>, signal: AbortSignal): Promise<{ document: unknown; headers: IncomingHttpHeaders }> {
    const response = await postUpstream({ dispatcher, url: `${baseUrl}${path}`, headers, body: JSON.stringify(body), signal, parseError: parseOpenAIError });
    return { document: parseJsonBody(await readBody(response.body, signal)), headers: response.headers };
  }

  return {
    identity: (model) => `gateway:${baseUrl}:${model}`,
    async chat(model, request, signal) {
      const startedAt = performance.now();
      try {
        const { body } = convertToOpenAIChatRequest({ request: { ...request, model, stream: false }, upstreamModel: model, unsupportedParameters: new Set(), requestStreamUsage: false });
        const answered = await post("/chat/completions", body, signal);
        const collected = await collectAnswer({ kind: "complete", response: parseOpenAIChatCompletion(answered.document), warnings: [] });
        return {
          text: collected.text,
          toolCalls: collected.toolCalls,
          finishReason: collected.finishReason,
          inputTokens: collected.usage?.inputTokens,
          outputTokens: collected.usage?.outputTokens,
          latencyMs: Math.round(performance.now() - startedAt),
          costUsd: costOf(answered.headers),
          target: header(answered.headers, "x-switchyard-target"),
          cached: false,
        };
      } catch (error) {
        throw toCallFailure(error, signal);
      }
    },
    async responses(model, body, signal) {
      const startedAt = performance.now();
      let answered;
      try {
        answered = await post("/responses", { ...body, model }, signal);
      } catch (error) {
        throw toCallFailure(error, signal);
      }
      const costUsd = costOf(answered.headers);
      return responsesAnswer(answered.document, { latencyMs: performance.now() - startedAt, target: header(answered.headers, "x-switchyard-target"), costUsd: () => costUsd });
    },
    async embed(model, inputs, signal) {
      try {
        const outcome = await embeddings.embed!({ inputs }, { upstreamModel: model, signal });
        return outcome.vectors.map((vector) => [...vector]);
      } catch (error) {
        throw toCallFailure(error, signal);
      }
    },
    close: async () => {
      await Promise.all([embeddings.close(), dispatcher.close()]);
    },
  };
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** The gateway's priced cost of this answer; absent when it has no price for the target (or the answer was a cache hit). */
function costOf(headers: IncomingHttpHeaders): number | undefined {
  const value = header(headers, "x-switchyard-cost-usd");
  const cost = value === undefined ? Number.NaN : Number(value);
  return Number.isFinite(cost) && cost >= 0 ? cost : undefined;
}

function toCallFailure(error: unknown, signal: AbortSignal): CallFailure {
  if (error instanceof CallFailure) return error;
  if (signal.aborted) return new CallFailure(signal.reason instanceof Error ? signal.reason.message : "cancelled", false, undefined);
  if (error instanceof UpstreamError) return new CallFailure(error.message, error.isRetryable, error.retryAfterMs);
  return new CallFailure(error instanceof Error ? error.message : String(error), false, undefined);
}
