import { UpstreamError } from "../../core/upstream-error.js";
import { createOpenAICompatibleProvider } from "../../providers/openai-compatible/openai-compatible-provider.js";
import { collectAnswer } from "./collect-answer.js";
import { CallFailure, type ModelClient } from "./model-client.js";

/**
 * Calls a running gateway through its OpenAI-compatible API, reusing the
 * openai-compatible provider for the wire format (the gateway is just another
 * OpenAI-compatible upstream). The gateway does its own routing; costs are not
 * on its wire, so they stay unknown here. `SWITCHYARD_API_KEY` is sent as the bearer key.
 */
export function createGatewayClient(options: { url: string; apiKey?: string }): ModelClient {
  const baseUrl = /\/v1\/?$/.test(options.url) ? options.url : `${options.url.replace(/\/+$/, "")}/v1`;
  const provider = createOpenAICompatibleProvider({ name: "gateway", baseUrl, apiKey: options.apiKey, streamUsage: false });

  return {
    identity: (model) => `gateway:${baseUrl}:${model}`,
    async chat(model, request, signal) {
      const startedAt = performance.now();
      try {
        const collected = await collectAnswer(await provider.chat({ ...request, model, stream: false }, { upstreamModel: model, signal }));
        return {
          text: collected.text,
          toolCalls: collected.toolCalls,
          finishReason: collected.finishReason,
          inputTokens: collected.usage?.inputTokens,
          outputTokens: collected.usage?.outputTokens,
          latencyMs: Math.round(performance.now() - startedAt),
          costUsd: undefined,
          target: undefined,
          cached: false,
        };
      } catch (error) {
        throw toCallFailure(error, signal);
      }
    },
    async embed(model, inputs, signal) {
      try {
        const outcome = await provider.embed!({ inputs }, { upstreamModel: model, signal });
        return outcome.vectors.map((vector) => [...vector]);
      } catch (error) {
        throw toCallFailure(error, signal);
      }
    },
    close: () => provider.close(),
  };
}

function toCallFailure(error: unknown, signal: AbortSignal): CallFailure {
  if (signal.aborted) return new CallFailure(signal.reason instanceof Error ? signal.reason.message : "cancelled", false, undefined);
  if (error instanceof UpstreamError) return new CallFailure(error.message, error.isRetryable, error.retryAfterMs);
  return new CallFailure(error instanceof Error ? error.message : String(error), false, undefined);
}
