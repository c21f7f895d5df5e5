import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { RequestTracer } from "./tracing/request-tracer.js";
import type { AddressInfo } from "node:net";
import { GatewayError } from "../core/gateway-error.js";
import type { InboundDialect } from "../dialects/dialect.js";
import { handleAdminKeys } from "./handle-admin-keys.js";
import type { KeyAdministration } from "../governance/key-registry.js";
import { anthropicMessagesDialect } from "../dialects/anthropic-messages/anthropic-messages-dialect.js";
import { openAIChatDialect } from "../dialects/openai-chat/openai-chat-dialect.js";
import { renderOpenAIError } from "../dialects/openai-chat/render-openai-error.js";
import { handleAdminTargets } from "./handle-admin.js";
import { createGatewayMetrics } from "./metrics/gateway-metrics.js";
import { renderMetrics } from "./metrics/render-metrics.js";
import { createAccessLog } from "./access-log.js";
import { shareMetricsWithPrimary } from "./metrics/cluster-metrics.js";
import { ShadowRunner } from "./shadow-runner.js";
import type { ShadowPair } from "../ledger/shadow-pair.js";
import { handleChat, type ChatHandlerContext } from "./handle-chat.js";
import { sendJson } from "./send-json.js";
import { sendReadiness, type ReadinessProbe } from "./readiness.js";
import { handleEmbeddings } from "./handle-embeddings.js";
import { checkClientKey } from "../governance/check-client-key.js";
import { createBrowserPolicy, corsExposedHeaders, type BrowserPolicy } from "./browser-request-policy.js";
import { ResponseHead } from "./response-head.js";
import type { ServerConfig } from "../config/gateway-config.js";
import { handleResponses, type ResponsesHandlerContext } from "./handle-responses.js";
import { handleGemini, isGeminiPath } from "./handle-gemini.js";
import { isAliasPattern } from "../routing/match-alias-pattern.js";
import { geminiErrorDialect } from "../dialects/gemini/gemini-dialect.js";
import { handleCountTokens, type TokenCountEndpoint } from "./handle-count-tokens.js";
import { parseAnthropicMessagesRequest } from "../dialects/anthropic-messages/parse-anthropic-messages-request.js";
import { ResponsesExchange } from "./responses-exchange.js";
import type { ResponseStore } from "../responses-store/response-store.js";
import type { GatewayRuntime } from "./gateway-runtime.js";
import type { Logger } from "../shared/logger.js";
import type { Caller, RequestGuard, ResponseCache } from "../core/request-guard.js";
import type { CostCalculator, RequestObserver } from "../ledger/request-summary.js";
import type { ConsoleQueries } from "../ledger/stores/console-queries-sql.js";
import { loadConsoleAssets } from "../console/console-assets.js";
import { ConsoleEvents } from "../console/console-events.js";
import { ConsoleSessions } from "../console/console-sessions.js";
import { LoginAttempts } from "../console/login-attempts.js";
import type { ConsoleSources } from "../console/console-sources.js";
import { handleConsole, type ConsoleContext } from "./handle-console.js";

/** Chat endpoints and the dialect each speaks. A new inbound API adds one line. */
const chatEndpoints: ReadonlyMap<string, InboundDialect> = new Map([
  ["/v1/chat/completions", openAIChatDialect],
  ["/v1/messages", anthropicMessagesDialect],
]);

export interface GatewayServer {
  readonly server: Server;
  readonly runtime: GatewayRuntime;
  readonly shadows: ShadowRunner;
  listen(port: number, host: string): Promise<AddressInfo>;
  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), then closes upstream pools. */
  close(graceMs?: number): Promise<void>;
}

export interface GatewayServerOptions {
  readonly runtime: GatewayRuntime;
  readonly logger: Logger;
  /** Told about every finished request (ledger, metrics). */
  readonly observers?: readonly RequestObserver[];
  readonly guard?: RequestGuard;
  readonly cache?: ResponseCache;
  readonly cost?: CostCalculator;
  /** Where shadow comparisons go (the ledger); without it shadow calls are still made and recorded as usage. */
  readonly shadowPairSink?: (pair: ShadowPair) => void;
  /** Virtual key management behind `/admin/keys`; without it those routes answer 404. */
  readonly keys?: KeyAdministration;
  /** Store health behind `/readyz`; without it `/readyz` answers as `/healthz`. */
  readonly readiness?: ReadinessProbe;
  /** State of the Responses API; without it responses are not stored and `previous_response_id` is refused. */
  readonly responseStore?: ResponseStore;
  /** What the console at `/ui` reads besides the runtime and keys: the ledger's aggregates and the sources above the server. */
  readonly console?: { readonly ledger?: ConsoleQueries; readonly sources?: ConsoleSources };
  /** OpenTelemetry spans per request and upstream attempt; without it nothing is traced. */
  readonly tracer?: RequestTracer;
  /** `serve --workers N`: `/metrics` answers with every worker's metrics (see metrics/cluster-metrics.ts), not this process's alone. */
  readonly clusterMetrics?: boolean;
}

export function createGatewayServer(options: GatewayServerOptions): GatewayServer {
  const { runtime, logger } = options;
  const metrics = createGatewayMetrics(runtime);
  // Under `serve --workers`, a scrape answers for the whole cluster, aggregated by the primary (Prometheus text only).
  const clusterMetricsText = options.clusterMetrics ? shareMetricsWithPrimary(metrics.registry) : undefined;
  const accessLog = createAccessLog({ logger, enabled: () => runtime.snapshot().config.server.accessLog });
  const consoleEvents = new ConsoleEvents();
  const liveObserver: RequestObserver = (summary) => {
    if (!consoleEvents.watching || summary.shadow) return;
    consoleEvents.publish({
      time: Date.now(),
      alias: summary.alias ?? null,
      target: summary.target ?? null,
      status: summary.status,
      latencyMs: Math.round(summary.durationMs * 10) / 10,
      costUsd: summary.costUsd ?? null,
      inputTokens: summary.usage?.inputTokens ?? null,
      outputTokens: summary.usage?.outputTokens ?? null,
    });
  };
  const observers = [metrics.observer, accessLog, liveObserver, ...(options.observers ?? [])];
  let consoleContext: ConsoleContext | undefined;
  const consoleFor = (): ConsoleContext => {
    consoleContext ??= { runtime, logger, assets: loadConsoleAssets(), sessions: new ConsoleSessions(), loginAttempts: new LoginAttempts(), events: consoleEvents, keys: options.keys, ledger: options.console?.ledger, sources: options.console?.sources ?? {} };
    return consoleContext;
  };
  const shadows = new ShadowRunner({ runtime, logger, observers, cost: options.cost, pairSink: options.shadowPairSink });
  const context: ChatHandlerContext = { runtime, logger, observers, guard: options.guard, cache: options.cache, cost: options.cost, shadows, tracer: options.tracer };
  const responsesContext: ResponsesHandlerContext = { ...context, responseStore: options.responseStore };

  // The address `listen` was given: requests naming it in `Host` are answered.
  let boundHost: string | undefined;
  const policies = new WeakMap<ServerConfig, BrowserPolicy>();
  const browserPolicy = (config: ServerConfig): BrowserPolicy => {
    let policy = policies.get(config);
    if (!policy) {
      policy = createBrowserPolicy({ server: config, boundHost: () => boundHost });
      policies.set(config, policy);
    }
    return policy;
  };

  const server = createServer({ keepAliveTimeout: 65_000 }, (request, response) => {
    route(request, response).catch((error: unknown) => {
      logger.error({ err: error }, "unhandled error in request handler");
      if (!response.headersSent) sendJson(response, 500, renderOpenAIError(new GatewayError("internal", "Internal gateway error")));
      else response.destroy();
    });
  });

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? "/").split("?", 1)[0]!;
    const dialect = chatEndpoints.get(path);
    const gemini = dialect === undefined && isGeminiPath(path);
    try {
      const policy = browserPolicy(runtime.snapshot().config.server);
      policy.checkHost(request.headers);
      if (request.method === "OPTIONS") return answerPreflight(request, response, policy, path);
      const allowedOrigin = policy.checkOrigin(request.headers, path);
      if (allowedOrigin !== undefined) {
        // Cross-origin answers only: the handlers' single writeHead merges these (Node's slower path, taken only here).
        response.setHeader("access-control-allow-origin", allowedOrigin);
        response.setHeader("access-control-expose-headers", corsExposedHeaders);
        response.setHeader("vary", "Origin");
      }
      if (dialect) {
        if (request.method !== "POST") throw new GatewayError("method-not-allowed", `${path} accepts POST`);
        await handleChat(dialect, request, response, context);
        return;
      }
      if (gemini) return await handleGemini(path, request, response, context);
      if (path === "/v1/messages/count_tokens" || path === "/v1/responses/input_tokens") {
        if (request.method !== "POST") throw new GatewayError("method-not-allowed", `${path} accepts POST`);
        return await handleCountTokens(path === "/v1/messages/count_tokens" ? anthropicCountTokens : responsesInputTokens(request, options.responseStore, context), request, response, context);
      }
      if (path.startsWith("/v1/responses") && (await handleResponses(path, request, response, responsesContext))) return;
      if (request.method === "POST" && path === "/v1/embeddings") return await handleEmbeddings(request, response, context);
      if ((request.method === "GET" || request.method === "HEAD") && path === "/healthz") return sendJson(response, 200, { status: "ok" });
      if ((request.method === "GET" || request.method === "HEAD") && path === "/readyz") return sendReadiness(response, options.readiness);
      if (request.method === "GET" && path === "/metrics") {
        const rendered = clusterMetricsText ? { contentType: metrics.registry.contentType, text: await clusterMetricsText() } : await renderMetrics(metrics.registry, request.headers.accept);
        response.writeHead(200, { "content-type": rendered.contentType });
        response.end(rendered.text);
        return;
      }
      if (request.method === "GET" && path === "/v1/models") {
        if (!options.guard) checkClientKey(request.headers, runtime.snapshot().config.server);
        const caller = await options.guard?.authenticate(request.headers);
        return sendJson(response, 200, listModels(runtime, caller, typeof request.headers["anthropic-version"] === "string"));
      }
      if (path === "/admin/keys" || path.startsWith("/admin/keys/")) {
        const { server: serverConfig } = runtime.snapshot().config;
        return await handleAdminKeys({ request, response, path, adminToken: serverConfig.adminToken, requireKeys: serverConfig.requireKeys, keys: options.keys, logger });
      }
      if (request.method === "GET" && path === "/admin/targets") return handleAdminTargets(request, response, runtime);
      if ((path === "/ui" || path.startsWith("/ui/")) && runtime.snapshot().config.server.ui.enabled) return await handleConsole(request, response, path, consoleFor());
      throw new GatewayError("not-found", `No route for ${request.method ?? "?"} ${path}`);
    } catch (error) {
      if (!(error instanceof GatewayError)) throw error;
      const head = new ResponseHead();
      // Drain a small body so the connection can be reused; a large one still arriving is not read: the connection closes.
      if (request.complete) request.resume();
      else head.set("connection", "close");
      if (error.final) head.set("x-should-retry", "false");
      if (error.retryAfterSeconds !== undefined) head.set("retry-after", String(error.retryAfterSeconds));
      const errorDialect = dialect ?? (gemini ? geminiErrorDialect : path === "/v1/messages/count_tokens" ? anthropicMessagesDialect : openAIChatDialect);
      head.endJson(response, errorDialect.errorStatus(error), JSON.stringify(errorDialect.renderError(error)));
    }
  }

  return {
    server,
    runtime,
    shadows,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          boundHost = host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
          resolve(server.address() as AddressInfo);
        });
      }),
    close: async (graceMs = 10_000) => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(timer);
      // Shadow calls started by finished requests complete (bounded by their route's total_ms) before pools close.
      await shadows.drain();
      await runtime.close();
    },
  };
}

/**
 * A CORS preflight from an origin in `server.cors.origins` (never for `/admin`):
 * the methods and headers it may use. Anything else sent as OPTIONS is refused.
 */
function answerPreflight(request: IncomingMessage, response: ServerResponse, policy: BrowserPolicy, path: string): void {
  const origin = policy.checkOrigin(request.headers, path);
  if (origin === undefined || request.headers["access-control-request-method"] === undefined) throw new GatewayError("method-not-allowed", `${path} answers OPTIONS only as a CORS preflight from an allowed origin`);
  const requested = request.headers["access-control-request-headers"];
  const allowHeaders = typeof requested === "string" && /^[\w-]+(\s*,\s*[\w-]+)*$/.test(requested.trim()) ? requested.trim() : "authorization, content-type, x-api-key, anthropic-version, anthropic-beta, x-request-id";
  response.writeHead(204, {
    "access-control-allow-origin": origin,
    "access-control-allow-methods": "GET, POST, OPTIONS",
    "access-control-allow-headers": allowHeaders,
    "access-control-max-age": "600",
    vary: "Origin",
  });
  response.end();
}

/** `POST /v1/messages/count_tokens`: Anthropic's body without `max_tokens`, answered `{input_tokens}`. */
const anthropicCountTokens: TokenCountEndpoint = {
  protocol: "anthropic-messages",
  parse: parseAnthropicMessagesRequest,
  render: (tokens) => ({ input_tokens: tokens }),
};

/** `POST /v1/responses/input_tokens`: a Responses body (with `previous_response_id` read from the store), answered as OpenAI does. */
function responsesInputTokens(request: IncomingMessage, store: ResponseStore | undefined, context: ChatHandlerContext): TokenCountEndpoint {
  const exchange = new ResponsesExchange({ store, logger: context.logger });
  return {
    protocol: "openai-responses",
    parse: (body, caller) => exchange.parseRequest(body, caller),
    // A Responses upstream counts the caller's body, its previous_response_id expanded from the gateway's store as for a request.
    rawBody: (body) => ({ ...exchange.passthroughRequestBody(body) }),
    render: (tokens) => ({ object: "response.input_tokens", input_tokens: tokens }),
  };
}

/**
 * The aliases this caller may use (a scoped key sees only its own); patterns
 * (`claude-*`) are not model names and are left out. Called with
 * `anthropic-version` (Claude Code, the Anthropic SDK), the list is in
 * Anthropic's shape, as their model discovery expects.
 */
function listModels(runtime: GatewayRuntime, caller: Caller | undefined, anthropic: boolean): unknown {
  const { config } = runtime.snapshot();
  const created = Math.floor(Date.now() / 1000);
  const aliases = [...config.routes.values()].filter((route) => !isAliasPattern(route.alias) && (caller?.mayUse(route.alias) ?? true)).map((route) => route.alias);
  if (anthropic) {
    const createdAt = new Date(created * 1000).toISOString();
    return { data: aliases.map((id) => ({ type: "model", id, display_name: id, created_at: createdAt })), has_more: false, first_id: aliases[0] ?? null, last_id: aliases.at(-1) ?? null };
  }
  return { object: "list", data: aliases.map((id) => ({ id, object: "model", created, owned_by: "switchyard" })) };
}
