import type { CancelSignal } from "../../shared/cancellation.js";
import { loadCatalog, type Catalog } from "../../catalog/index.js";
import type { GatewayConfig } from "../../config/gateway-config.js";
import { GatewayError } from "../../core/gateway-error.js";
import { UpstreamError } from "../../core/upstream-error.js";
import { usageNotReported, type Usage } from "../../core/usage.js";
import { createCostCalculator } from "../../ledger/create-cost-calculator.js";
import { ClientDisconnectedError, executePlan, PlanFailedError } from "../../routing/execute-plan.js";
import { planRoute } from "../../routing/plan-route.js";
import { resolveRoute } from "../../routing/resolve-route.js";
import { GatewayRuntime } from "../../server/gateway-runtime.js";
import { inputItemsOf, toChatRequest, validateResponsesRequest } from "../../dialects/openai-responses/parse-responses-request.js";
import { renderResponsesResponse } from "../../dialects/openai-responses/render-responses-response.js";
import { collectAnswer, type CollectedAnswer } from "./collect-answer.js";
import { responsesAnswer } from "./responses-answer.js";
import { CallFailure, type ModelAnswer, type ModelClient } from "./model-client.js";

/**
 * Calls models the way the gateway would, without a server: the route's
 * strategy, retries, timeouts, breakers and fallback all apply, so a candidate
 * named by alias behaves exactly as it will in production.
 */
export function createInProcessClient(config: GatewayConfig, options: { readonly loadPricesFirst?: boolean } = {}): ModelClient {
  const runtime = new GatewayRuntime(config);
  const price = lazyPricing(config);
  // Loading the catalog blocks the event loop for about a second; done at the first priced answer it lands in the latency of every call then in flight, so a suite that asserts latency or cost loads it before the first call.
  if (options.loadPricesFirst === true) price("", "", usageNotReported);

  async function run<T>(model: string, signal: AbortSignal, start: (providerName: string, upstreamModel: string, attemptSignal: CancelSignal) => Promise<T>) {
    let route;
    try {
      route = resolveRoute(config, model);
    } catch (error) {
      throw new CallFailure((error as Error).message, false, undefined);
    }
    try {
      const plan = planRoute({ route, health: runtime.health, strategyState: runtime.strategyState });
      const execution = await executePlan<T>({
        plan,
        health: runtime.health,
        clientSignal: signal,
        start: (target, attemptSignal) => start(target.provider, target.model, attemptSignal),
      });
      execution.finish();
      return { value: execution.value, target: execution.target };
    } catch (error) {
      throw toCallFailure(error, signal);
    }
  }

  return {
    identity(model) {
      try {
        const route = resolveRoute(config, model);
        return `in-process:${route.targets.map((target) => target.key).join(",")}`;
      } catch {
        return `in-process:${model}`;
      }
    },

    async chat(model, request, signal) {
      const startedAt = performance.now();
      const { value, target } = await run<CollectedAnswer>(model, signal, async (providerName, upstreamModel, attemptSignal) => {
        const provider = runtime.snapshot().providers.get(providerName)?.provider;
        if (!provider) throw new GatewayError("internal", `provider "${providerName}" is not built`);
        return collectAnswer(await provider.chat({ ...request, model, stream: false }, { upstreamModel, signal: attemptSignal }));
      });
      return toAnswer(value, { latencyMs: performance.now() - startedAt, target: target.key, costUsd: value.usage ? price(target.provider, target.model, value.usage) : undefined });
    },

    async responses(model, body, signal) {
      const startedAt = performance.now();
      let translated;
      try {
        const wire = validateResponsesRequest({ ...body, model });
        translated = { wire, ...toChatRequest({ wire, model, conversation: inputItemsOf(wire).map((item, index) => ({ item, path: `input.${index}` })) }) };
      } catch (error) {
        throw new CallFailure(`the Responses request is not valid: ${(error as Error).message}`, false, undefined);
      }
      const request = { ...translated.request, stream: false };
      const { value, target } = await run<unknown>(model, signal, async (providerName, upstreamModel, attemptSignal) => {
        const provider = runtime.snapshot().providers.get(providerName)?.provider;
        if (!provider) throw new GatewayError("internal", `provider "${providerName}" is not built`);
        const call = { upstreamModel, signal: attemptSignal };
        // A Responses upstream gets the body as it is, as the gateway's /v1/responses relays it; any other is translated, as that endpoint translates.
        if (provider.protocol === "openai-responses" && provider.passthrough) {
          const outcome = await provider.passthrough(body, request, call);
          if (outcome.kind !== "complete") throw new CallFailure(`${providerName} answered a non-streaming request with a stream`, false, undefined);
          return JSON.parse(outcome.body.toString("utf8")) as unknown;
        }
        const outcome = await provider.chat(request, call);
        if (outcome.kind !== "complete") throw new CallFailure(`${providerName} answered a non-streaming request with a stream`, false, undefined);
        return renderResponsesResponse({ id: "resp_eval", createdAt: Math.floor(Date.now() / 1000), model, wire: translated.wire, store: false }, outcome.response);
      });
      return responsesAnswer(value, { latencyMs: performance.now() - startedAt, target: target.key, costUsd: (usage) => price(target.provider, target.model, usage) });
    },

    async embed(model, inputs, signal) {
      const { value } = await run(model, signal, async (providerName, upstreamModel, attemptSignal) => {
        const provider = runtime.snapshot().providers.get(providerName)?.provider;
        if (!provider?.embed) throw new CallFailure(`${providerName}/${upstreamModel} does not offer embeddings`, false, undefined);
        return provider.embed({ inputs }, { upstreamModel, signal: attemptSignal });
      });
      return value.vectors.map((vector) => [...vector]);
    },

    close: () => runtime.close(),
  };
}

function toAnswer(collected: CollectedAnswer, extra: { latencyMs: number; target: string; costUsd: number | undefined }): ModelAnswer {
  return {
    text: collected.text,
    toolCalls: collected.toolCalls,
    finishReason: collected.finishReason,
    inputTokens: collected.usage?.inputTokens,
    outputTokens: collected.usage?.outputTokens,
    latencyMs: Math.round(extra.latencyMs),
    costUsd: extra.costUsd,
    target: extra.target,
    cached: false,
  };
}

/** Prices from config overrides first; the catalog (about a second to load) only when an answer needs it. */
function lazyPricing(config: GatewayConfig): (provider: string, upstreamModel: string, usage: Usage) => number | undefined {
  const overridesOnly = createCostCalculator({ catalog: undefined, config: () => config });
  let catalog: Catalog | undefined | null = null;
  return (provider, upstreamModel, usage) => {
    const overridden = overridesOnly({ provider, upstreamModel, usage });
    if (overridden !== undefined) return overridden;
    if (catalog === null) {
      try {
        catalog = loadCatalog({ extraFiles: config.catalogFiles });
      } catch {
        catalog = undefined;
      }
    }
    return createCostCalculator({ catalog, config: () => config })({ provider, upstreamModel, usage });
  };
}

function toCallFailure(error: unknown, signal: AbortSignal): CallFailure {
  if (error instanceof CallFailure) return error;
  const reason = error instanceof PlanFailedError ? error.reason : error;
  if (reason instanceof CallFailure) return reason;
  if (reason instanceof ClientDisconnectedError || signal.aborted) return new CallFailure(signal.reason instanceof Error ? signal.reason.message : "cancelled", false, undefined);
  if (reason instanceof GatewayError) {
    const retryable = reason.code === "rate-limited" || reason.code === "upstream-error" || reason.code === "upstream-timeout" || reason.code === "no-target-available";
    return new CallFailure(reason.message, retryable, reason.retryAfterSeconds === undefined ? undefined : reason.retryAfterSeconds * 1000);
  }
  if (reason instanceof UpstreamError) return new CallFailure(reason.message, reason.isRetryable, reason.retryAfterMs);
  return new CallFailure(reason instanceof Error ? reason.message : String(reason), false, undefined);
}
