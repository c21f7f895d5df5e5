import { collectDefaultMetrics, Gauge, Registry } from "prom-client";
import type { GatewayRuntime } from "../gateway-runtime.js";
import type { RequestObserver } from "../../ledger/request-summary.js";
import { LabelledCounter, LabelledHistogram } from "./labelled-metrics.js";
import { operationName } from "./operation-name.js";

const breakerStateValue = { closed: 0, "half-open": 1, open: 2 } as const;

/**
 * Prometheus metrics for `GET /metrics`. Names follow the OpenTelemetry GenAI
 * semantic conventions where they exist, in Prometheus spelling, with `gen_ai_*`
 * labels. The gateway is both things those conventions distinguish: a GenAI
 * *server* to its callers (`gen_ai_server_request_duration_seconds`, time to first
 * token) and a GenAI *client* of its upstreams (`gen_ai_client_operation_duration_seconds`
 * per attempt, `gen_ai_client_token_usage` as the upstream reported it).
 * Gateway-specific series are `switchyard_*`; prom-client's default process and
 * runtime metrics are included. Updated by a request observer, so nothing is
 * computed twice; per-request counting goes through ./labelled-metrics.ts (see there for why).
 */
export function createGatewayMetrics(runtime: GatewayRuntime): { registry: Registry; observer: RequestObserver } {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new LabelledCounter({ name: "switchyard_requests_total", help: "Requests (chat, messages, responses, embeddings) by route, target and HTTP status", labelNames: ["route", "target", "status"], registry });
  const errors = new LabelledCounter({ name: "switchyard_errors_total", help: "Failed requests by error code", labelNames: ["route", "code"], registry });
  const attempts = new LabelledCounter({ name: "switchyard_upstream_attempts_total", help: "Upstream calls by target and outcome", labelNames: ["target", "outcome"], registry });
  const cost = new LabelledCounter({ name: "switchyard_cost_usd_total", help: "Priced spend in USD (requests with unknown prices are not counted)", labelNames: ["route", "target"], registry });
  const durationBuckets = [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92];
  const requestDuration = new LabelledHistogram({
    name: "gen_ai_server_request_duration_seconds",
    help: "Duration of a request to the gateway, fallbacks and retries included (OTel gen_ai.server.request.duration)",
    labelNames: ["gen_ai_operation_name", "gen_ai_provider_name", "gen_ai_request_model", "gen_ai_response_model", "error_type"],
    buckets: durationBuckets,
    registry,
  });
  const attemptDuration = new LabelledHistogram({
    name: "gen_ai_client_operation_duration_seconds",
    help: "Duration of one upstream attempt, to its first token or whole answer (OTel gen_ai.client.operation.duration)",
    labelNames: ["gen_ai_operation_name", "gen_ai_provider_name", "gen_ai_request_model", "error_type"],
    buckets: durationBuckets,
    registry,
  });
  const firstToken = new LabelledHistogram({
    name: "gen_ai_server_time_to_first_token_seconds",
    help: "Time to first token of a streamed answer as the gateway's caller sees it (OTel gen_ai.server.time_to_first_token)",
    labelNames: ["gen_ai_operation_name", "gen_ai_provider_name", "gen_ai_request_model"],
    buckets: [0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10],
    registry,
  });
  const tokens = new LabelledHistogram({
    name: "gen_ai_client_token_usage",
    help: "Tokens per request by type (OTel gen_ai.client.token.usage); unreported counts are not observed",
    labelNames: ["gen_ai_operation_name", "gen_ai_provider_name", "gen_ai_request_model", "gen_ai_token_type"],
    buckets: [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304],
    registry,
  });
  const overhead = new LabelledHistogram({
    name: "switchyard_overhead_seconds",
    help: "Time the gateway added to a chat request before its answer's head (arrival to head, minus upstream attempts)",
    labelNames: ["route"],
    buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registry,
  });
  // Computed when scraped, not counted per request: prom-client's own Gauge is the right tool here.
  new Gauge({
    name: "switchyard_target_circuit_state",
    help: "Circuit breaker state per target: 0 closed, 1 half-open, 2 open",
    labelNames: ["route", "target"],
    registers: [registry],
    // Across `serve --workers N` each worker keeps its own breakers: the worst state is the one to see.
    aggregator: "max",
    collect() {
      this.reset();
      for (const route of runtime.snapshot().config.routes.values()) {
        for (const target of route.targets) this.set({ route: route.alias, target: target.key }, breakerStateValue[runtime.health.snapshot(target.key, route.breaker).state]);
      }
    },
  });
  const shadowRequests = new LabelledCounter({
    name: "switchyard_shadow_requests_total",
    help: "Shadow copies of live requests by route, shadow target and outcome",
    labelNames: ["route", "target", "outcome"],
    registry,
  });

  const observer: RequestObserver = (summary) => {
    const route = summary.alias ?? "unknown";
    const target = summary.target ?? "none";
    if (summary.shadow) {
      shadowRequests.inc([route, target, summary.errorCode ? "error" : "success"]);
      if (summary.costUsd !== undefined) cost.inc([route, target], summary.costUsd);
      return;
    }
    requests.inc([route, target, String(summary.status)]);
    if (summary.errorCode) errors.inc([route, summary.errorCode]);
    for (const attempt of summary.attempts) attempts.inc([attempt.target, attempt.outcome]);
    if (summary.costUsd !== undefined) cost.inc([route, target], summary.costUsd);
    const operation = operationName(summary.dialect);
    const provider = summary.provider ?? "none";
    const model = summary.upstreamModel ?? "none";
    if (summary.overheadMs !== undefined) overhead.observe([route], summary.overheadMs / 1000);
    requestDuration.observe([operation, provider, route, model, summary.errorCode ?? ""], summary.durationMs / 1000);
    for (const attempt of summary.attempts) {
      // Target keys are `provider/model`, and provider names cannot contain '/' (config schema): the first '/' splits them exactly.
      const slash = attempt.target.indexOf("/");
      const errorType = attempt.outcome === "success" ? "" : attempt.outcome === "timeout" ? "timeout" : attempt.status !== undefined ? String(attempt.status) : "_OTHER";
      // As a client, the model requested is the upstream's model id, not the alias the caller used.
      attemptDuration.observe([operation, attempt.target.slice(0, slash), attempt.target.slice(slash + 1), errorType], attempt.durationMs / 1000);
    }
    // A complete answer's first token is its whole body: only a stream has a time to first token worth the name.
    if (summary.stream && summary.firstTokenMs !== undefined) firstToken.observe([operation, provider, route], summary.firstTokenMs / 1000);
    if (summary.usage?.inputTokens !== undefined) tokens.observe([operation, provider, route, "input"], summary.usage.inputTokens);
    if (summary.usage?.outputTokens !== undefined) tokens.observe([operation, provider, route, "output"], summary.usage.outputTokens);
  };
  return { registry, observer };
}
