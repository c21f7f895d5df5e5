import { Cancellation } from "../shared/cancellation.js";
import type { RequestTracer } from "./tracing/request-tracer.js";
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { GatewayError } from "../core/gateway-error.js";
import { describeWarning } from "../core/warning.js";
import { parseEmbeddingsRequest } from "../dialects/embeddings/parse-embeddings-request.js";
import { renderEmbeddingsResponse } from "../dialects/embeddings/render-embeddings-response.js";
import { renderOpenAIError } from "../dialects/openai-chat/render-openai-error.js";
import type { EmbeddingOutcome } from "../core/embedding-outcome.js";
import { ClientDisconnectedError, executePlan, PlanFailedError, type AttemptRecord } from "../routing/execute-plan.js";
import { planRoute } from "../routing/plan-route.js";
import { resolveRoute } from "../routing/resolve-route.js";
import { checkClientKey, clientKey } from "../governance/check-client-key.js";
import { sendJson } from "./send-json.js";
import { toGatewayError } from "./to-gateway-error.js";
import { finishRequestSummary, startRequestSummary, type CostCalculator, type RequestObserver } from "../ledger/request-summary.js";
import type { Admission, Caller, RequestGuard } from "../core/request-guard.js";
import { configSecrets, rethrowScrubbed } from "./scrub-secrets.js";
import type { GatewayRuntime } from "./gateway-runtime.js";
import type { Logger } from "../shared/logger.js";
import { readJsonBody } from "./read-json-body.js";

/**
 * `POST /v1/embeddings` in OpenAI's shape, routed like chat (aliases, fallback,
 * retries, breakers) to any target whose provider implements `embed`. Vectors are
 * fetched as floats and encoded here, so `encoding_format: base64` works for
 * upstreams that only return arrays.
 */
export async function handleEmbeddings(request: IncomingMessage, response: ServerResponse, context: {
    readonly runtime: GatewayRuntime;
    readonly logger: Logger;
    readonly guard?: RequestGuard;
    readonly observers: readonly RequestObserver[];
    readonly cost?: CostCalculator;
    readonly tracer?: RequestTracer;
  },
): Promise<void> {
  const startedAt = performance.now();
  const snapshot = context.runtime.snapshot();
  // One usage record per request, as for chat; embeddings have input tokens only.
  const summary = startRequestSummary(randomUUID(), "embeddings");
  const traced = context.tracer?.startRequest(request.headers, "embeddings");
  let admission: Admission | undefined;
  const client = new Cancellation();
  response.on("close", () => {
    if (!response.writableFinished) client.abort(new ClientDisconnectedError());
  });
  let attempts: readonly AttemptRecord[] = [];
  try {
    // Authenticated from the headers before the body is read.
    let caller: Caller | undefined;
    if (context.guard) {
      caller = await context.guard.authenticate(request.headers);
      summary.keyId = caller.keyId;
      summary.keyName = caller.keyName;
    } else checkClientKey(request.headers, snapshot.config.server);
    const parsed = parseEmbeddingsRequest(await readJsonBody(request, snapshot.config.server.maxBodyBytes));
    const route = resolveRoute(snapshot.config, parsed.model);
    response.setHeader("x-switchyard-route", route.alias);
    summary.alias = route.alias;
    // Virtual keys: scope, RPM/TPM and budget, exactly as for chat; tokens and cost are charged at the end.
    admission = await caller?.admit({ alias: route.alias });
    const plan = planRoute({ route, health: context.runtime.health, strategyState: context.runtime.strategyState });
    const execution = await executePlan<EmbeddingOutcome>({
      plan,
      health: context.runtime.health,
      clientSignal: client,
      start: (target, signal) => {
        const provider = snapshot.providers.get(target.provider)?.provider;
        if (!provider) throw new GatewayError("internal", `provider "${target.provider}" is not built`);
        if (!provider.embed) throw new GatewayError("invalid-request", `Target ${target.key} (${provider.protocol}) does not offer embeddings`, { param: "model" });
        const attempt = (): Promise<EmbeddingOutcome> => provider.embed!(parsed.request, { upstreamModel: target.model, signal }).catch(rethrowScrubbed(configSecrets(snapshot.config), clientKey(request.headers)));
        return traced ? traced.attempt(target, attempt) : attempt();
      },
    });
    execution.finish();
    attempts = execution.attempts;
    response.setHeader("x-switchyard-target", execution.target.key);
    response.setHeader("x-switchyard-attempts", String(attempts.length));
    const warnings = execution.value.warnings;
    const inputTokens = execution.value.inputTokens;
    Object.assign(summary, {
      target: execution.target.key,
      provider: execution.target.provider,
      upstreamModel: execution.target.model,
      attempts,
      warnings,
      usage: { inputTokens, outputTokens: inputTokens === undefined ? undefined : 0, cachedInputTokens: undefined, cacheWriteTokens: undefined, reasoningTokens: undefined },
    });
    if (warnings.length > 0) {
      response.setHeader("x-switchyard-warnings", warnings.map((warning) => describeWarning(warning).replace(/[^\x20-\x7e]/g, "?")).join("; "));
      context.logger.warn({ target: execution.target.key, warnings: warnings.map(describeWarning) }, "parameters not honoured by target");
    }
    sendJson(response, 200, renderEmbeddingsResponse(execution.value, parsed.encodingFormat));
  } catch (thrown) {
    if (thrown instanceof PlanFailedError) attempts = thrown.attempts;
    const reason = thrown instanceof PlanFailedError ? thrown.reason : thrown;
    summary.attempts = attempts;
    if (reason instanceof ClientDisconnectedError || client.aborted) {
      summary.status = 499;
      summary.clientDisconnected = true;
      return;
    }
    const error = toGatewayError(reason, context.logger);
    summary.status = error.status;
    summary.errorCode = error.code;
    response.setHeader("x-switchyard-attempts", String(attempts.length));
    if (error.retryAfterSeconds !== undefined) response.setHeader("retry-after", String(error.retryAfterSeconds));
    if (error.final) response.setHeader("x-should-retry", "false");
    if (!request.complete) response.setHeader("connection", "close");
    sendJson(response, error.status, renderOpenAIError(error));
  } finally {
    finishRequestSummary(summary, { startedAt, cost: context.cost, observers: context.observers, onObserverError: (error) => context.logger.error({ err: error }, "request observer failed") });
    traced?.end(summary);
    admission?.settle({ usage: summary.usage, costUsd: summary.costUsd });
  }
}

