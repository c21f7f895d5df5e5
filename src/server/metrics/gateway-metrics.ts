import { Counter, Gauge, Histogram, Registry } from "prom-client";
import type { GatewayRuntime } from "../gateway-runtime.js";
import type { RequestObserver } from "../request-summary.js";

const breakerStateValue = { closed: 0, "half-open": 1, open: 2 } as const;

/**
 * Prometheus metrics for `GET /metrics`. Names follow the OpenTelemetry GenAI
 * semantic conventions where they exist (`gen_ai.client.token.usage`,
 * `gen_ai.client.operation.duration`, `gen_ai.server.time_to_first_token`, with
 * `gen_ai_*` labels), in Prometheus spelling; gateway-specific series are
 * `switchyard_*`. Updated by a request observer, so nothing is computed twice.
 */
export function createGatewayMetrics(runtime: GatewayRuntime): { registry: Registry; observer: RequestObserver } {
  const registry = new Registry();
  const requests = new Counter({
    name: "switchyard_requests_total",
    help: "Chat requests by route, target and HTTP status",
    labelNames: ["route", "target", "status"],
    registers: [registry],
  });
  const errors = new Counter({ name: "switchyard_errors_total", help: "Failed requests by error code", labelNames: ["route", "code"], registers: [registry] });
  const attempts = new Counter({ name: "switchyard_upstream_attempts_total", help: "Upstream calls by target and outcome", labelNames: ["target", "outcome"], registers: [registry] });
  const cost = new Counter({ name: "switchyard_cost_usd_total", help: "Priced spend in USD (requests with unknown prices are not counted)", labelNames: ["route", "target"], registers: [registry] });
  const duration = new Histogram({
    name: "gen_ai_client_operation_duration_seconds",
    help: "GenAI operation duration (OTel gen_ai.client.operation.duration)",
    labelNames: ["gen_ai_operation_name", "gen_ai_provider_name", "gen_ai_request_model", "gen_ai_response_model", "error_type"],
    buckets: [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92],
    registers: [registry],
  });
  const firstToken = new Histogram({
    name: "gen_ai_server_time_to_first_token_seconds",
    help: "Time to first token as seen by the gateway (OTel gen_ai.server.time_to_first_token)",
    labelNames: ["gen_ai_operation_name", "gen_ai_provider_name", "gen_ai_request_model"],
    buckets: [0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10],
    registers: [registry],
  });
  const tokens = new Histogram({
    name: "gen_ai_client_token_usage",
    help: "Tokens per request by type (OTel gen_ai.client.token.usage); unreported counts are not observed",
    labelNames: ["gen_ai_operation_name", "gen_ai_provider_name", "gen_ai_request_model", "gen_ai_token_type"],
    buckets: [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304],
    registers: [registry],
  });
  new Gauge({
    name: "switchyard_target_circuit_state",
    help: "Circuit breaker state per target: 0 closed, 1 half-open, 2 open",
    labelNames: ["route", "target"],
    registers: [registry],
    collect() {
      this.reset();
      for (const route of runtime.snapshot().config.routes.values()) {
        for (const target of route.targets) this.set({ route: route.alias, target: target.key }, breakerStateValue[runtime.health.snapshot(target.key, route.breaker).state]);
      }
    },
  });

  const shadowRequests = new Counter({
    name: "switchyard_shadow_requests_total",
    help: "Shadow copies of live requests by route, shadow target and outcome",
    labelNames: ["route", "target", "outcome"],
    registers: [registry],
  });

  // prom-client hashes and validates a label object on every call; each label set's
  // child is looked up once and kept (bounded, in case label values run wild).
  const counterChildren = new Map<Counter, Map<string, { inc(value?: number): void }>>();
  const counterChild = (metric: Counter, values: readonly string[]): { inc(value?: number): void } => cachedChild(counterChildren, metric, values, () => metric.labels(...values));
  const histogramChildren = new Map<Histogram, Map<string, { observe(value: number): void }>>();
  const histogramChild = (metric: Histogram, values: readonly string[]): { observe(value: number): void } => cachedChild(histogramChildren, metric, values, () => metric.labels(...values));

  const observer: RequestObserver = (summary) => {
    const route = summary.alias ?? "unknown";
    const target = summary.target ?? "none";
    if (summary.shadow) {
      counterChild(shadowRequests, [route, target, summary.errorCode ? "error" : "success"]).inc();
      if (summary.costUsd !== undefined) counterChild(cost, [route, target]).inc(summary.costUsd);
      return;
    }
    counterChild(requests, [route, target, String(summary.status)]).inc();
    if (summary.errorCode) counterChild(errors, [route, summary.errorCode]).inc();
    for (const attempt of summary.attempts) counterChild(attempts, [attempt.target, attempt.outcome]).inc();
    if (summary.costUsd !== undefined) counterChild(cost, [route, target]).inc(summary.costUsd);
    const provider = summary.provider ?? "none";
    const model = summary.upstreamModel ?? "none";
    histogramChild(duration, ["chat", provider, route, model, summary.errorCode ?? ""]).observe(summary.durationMs / 1000);
    if (summary.firstTokenMs !== undefined) histogramChild(firstToken, ["chat", provider, route]).observe(summary.firstTokenMs / 1000);
    if (summary.usage?.inputTokens !== undefined) histogramChild(tokens, ["chat", provider, route, "input"]).observe(summary.usage.inputTokens);
    if (summary.usage?.outputTokens !== undefined) histogramChild(tokens, ["chat", provider, route, "output"]).observe(summary.usage.outputTokens);
  };
  return { registry, observer };
}

function cachedChild<M, C>(cache: Map<M, Map<string, C>>, metric: M, values: readonly string[], make: () => C): C {
  let byLabels = cache.get(metric);
  if (!byLabels) {
    byLabels = new Map();
    cache.set(metric, byLabels);
  }
  const key = values.join("\0");
  let child = byLabels.get(key);
  if (!child) {
    child = make();
    if (byLabels.size < 10_000) byLabels.set(key, child);
  }
  return child;
}
