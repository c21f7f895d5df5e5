import { providerType } from "../providers/registry.js";
import type { ConfigFile } from "./config-schema.js";
import {
  defaultGovernance,
  defaultSessionHeaders,
  defaultLedger,
  defaultShadowTraffic,
  defaultResponses,
  defaultBreaker,
  defaultRetry,
  defaultServer,
  defaultTimeout,
  type GatewayConfig,
  type ProviderConfig,
  type RouteConfig,
} from "./gateway-config.js";

/** A cross-field problem, named by dot-path; load-config adds the file and line. */
export interface ConfigProblem {
  readonly path: (string | number)[];
  readonly message: string;
}

/**
 * Schema-valid file → runtime config. Applies defaults (route ← router ← built-in),
 * fills preset base URLs and API keys from the environment, and checks the
 * cross-field rules: known provider types, base URLs where required, targets
 * that name configured providers.
 */
export function normaliseConfig(file: ConfigFile, options: { source: string; env: NodeJS.ProcessEnv }): { config: GatewayConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const providers = new Map<string, ProviderConfig>();
  for (const [name, provider] of Object.entries(file.providers ?? {})) {
    const type = providerType(provider.type);
    if (!type) {
      problems.push({ path: ["providers", name, "type"], message: `unknown provider type "${provider.type}"` });
      continue;
    }
    const baseUrl = provider.base_url ?? type.defaultBaseUrl;
    if (!baseUrl) problems.push({ path: ["providers", name, "base_url"], message: `required for type "${provider.type}"` });
    providers.set(name, {
      name,
      type: provider.type,
      baseUrl,
      apiKey: provider.api_key ?? (type.apiKeyEnv ? options.env[type.apiKeyEnv] : undefined),
      headers: provider.headers ?? {},
      unsupportedParameters: provider.unsupported_parameters ?? [],
    });
  }

  const router = file.router ?? {};
  const routerDefaults = {
    retry: {
      attempts: router.retry?.attempts ?? defaultRetry.attempts,
      backoffMs: router.retry?.backoff_ms ?? defaultRetry.backoffMs,
      maxBackoffMs: router.retry?.max_backoff_ms ?? defaultRetry.maxBackoffMs,
    },
    timeout: { firstTokenMs: router.timeout?.first_token_ms ?? defaultTimeout.firstTokenMs, totalMs: router.timeout?.total_ms ?? defaultTimeout.totalMs },
    breaker: { failures: router.breaker?.failures ?? defaultBreaker.failures, cooldownMs: router.breaker?.cooldown_ms ?? defaultBreaker.cooldownMs },
  };
  const routes = new Map<string, RouteConfig>();
  for (const [alias, route] of Object.entries(file.models ?? {})) {
    if (alias.includes("/") && providers.has(alias.split("/")[0]!)) {
      problems.push({ path: ["models", alias], message: `alias looks like direct addressing of provider "${alias.split("/")[0]}"; choose a name without that prefix` });
    }
    route.targets.forEach((target, index) => {
      if (!providers.has(target.provider)) problems.push({ path: ["models", alias, "targets", index, "provider"], message: unknownProvider(target.provider, providers) });
    });
    route.shadow?.forEach((target, index) => {
      if (!providers.has(target.provider)) problems.push({ path: ["models", alias, "shadow", index, "provider"], message: unknownProvider(target.provider, providers) });
    });
    const strategy = route.strategy ?? "fallback";
    if (strategy !== "weighted") {
      route.targets.forEach((target, index) => {
        if (target.weight !== undefined) problems.push({ path: ["models", alias, "targets", index, "weight"], message: `only used with strategy "weighted" (this route uses "${strategy}")` });
      });
    }
    const retry = route.retry ?? {};
    const timeout = route.timeout ?? {};
    const breaker = route.breaker ?? {};
    routes.set(alias, {
      alias,
      strategy,
      cache: route.cache ? { ttlSeconds: route.cache.ttl_s } : undefined,
      targets: route.targets.map((target) => ({ provider: target.provider, model: target.model, weight: target.weight ?? 1, key: `${target.provider}/${target.model}` })),
      retry: {
        attempts: retry.attempts ?? routerDefaults.retry.attempts,
        backoffMs: retry.backoff_ms ?? routerDefaults.retry.backoffMs,
        maxBackoffMs: retry.max_backoff_ms ?? routerDefaults.retry.maxBackoffMs,
      },
      timeout: { firstTokenMs: timeout.first_token_ms ?? routerDefaults.timeout.firstTokenMs, totalMs: timeout.total_ms ?? routerDefaults.timeout.totalMs },
      breaker: { failures: breaker.failures ?? routerDefaults.breaker.failures, cooldownMs: breaker.cooldown_ms ?? routerDefaults.breaker.cooldownMs },
      shadow: (route.shadow ?? []).map((target) => ({ provider: target.provider, model: target.model, sample: target.sample ?? 1 })),
    });
  }

  const ledger = file.ledger ?? {};
  if (ledger.path !== undefined && ledger.url !== undefined) problems.push({ path: ["ledger", "url"], message: "set either ledger.path (SQLite) or ledger.url (PostgreSQL), not both" });
  for (const key of Object.keys(file.prices ?? {})) {
    if (!key.includes("/") || !providers.has(key.slice(0, key.indexOf("/")))) problems.push({ path: ["prices", key], message: "price keys are PROVIDER/MODEL with a configured provider" });
  }

  const shadowTraffic = file.shadow_traffic ?? {};
  const redactPatterns: RegExp[] = [];
  (shadowTraffic.redact?.patterns ?? []).forEach((pattern, index) => {
    try {
      redactPatterns.push(new RegExp(pattern, "g"));
    } catch (error) {
      problems.push({ path: ["shadow_traffic", "redact", "patterns", index], message: `not a valid regular expression: ${(error as Error).message}` });
    }
  });

  const server = file.server ?? {};
  if (server.require_keys === false && (server.api_keys ?? []).length > 0) {
    problems.push({ path: ["server", "require_keys"], message: "false contradicts server.api_keys (static keys are always required); remove one of them" });
  }
  const corsOrigins: string[] = [];
  (server.cors?.origins ?? []).forEach((origin, index) => {
    const normalised = normaliseOrigin(origin);
    if (normalised === undefined) problems.push({ path: ["server", "cors", "origins", index], message: `not an origin: "${origin}" (expected scheme://host[:port], e.g. https://app.example.com, or "*")` });
    else corsOrigins.push(normalised);
  });
  const config: GatewayConfig = {
    server: {
      host: server.host ?? defaultServer.host,
      port: server.port ?? defaultServer.port,
      apiKeys: server.api_keys ?? [],
      adminToken: server.admin_token,
      maxBodyBytes: server.max_body_bytes ?? defaultServer.maxBodyBytes,
      requireKeys: server.require_keys ?? (server.api_keys ?? []).length > 0,
      allowedHosts: (server.allowed_hosts ?? []).map((host) => host.toLowerCase()),
      corsOrigins: server.cors ? corsOrigins : undefined,
      ui: server.ui === undefined || typeof server.ui === "boolean" ? { enabled: server.ui ?? true, auditPath: undefined } : { enabled: true, auditPath: server.ui.audit },
      accessLog: server.access_log ?? defaultServer.accessLog,
      overheadHeader: server.overhead_header ?? defaultServer.overheadHeader,
    },
    providers,
    routes,
    ...(router.session_affinity && {
      sessionAffinity: { headers: router.session_affinity === true ? defaultSessionHeaders : router.session_affinity.headers.map((name) => name.toLowerCase()) },
    }),
    routerDefaults,
    ledger: {
      enabled: ledger.enabled ?? defaultLedger.enabled,
      store: ledger.url ? { kind: "postgres", url: ledger.url, poolSize: ledger.pool_size ?? 4 } : { kind: "sqlite", path: ledger.path ?? (defaultLedger.store as { path: string }).path },
      flushIntervalMs: ledger.flush_interval_ms ?? defaultLedger.flushIntervalMs,
      batchSize: ledger.batch_size ?? defaultLedger.batchSize,
      maxBuffered: ledger.max_buffered ?? defaultLedger.maxBuffered,
      spillPath: ledger.spill_path ?? defaultLedger.spillPath,
      retentionDays: ledger.retention_days ?? defaultLedger.retentionDays,
    },
    shadowTraffic: {
      concurrency: shadowTraffic.concurrency ?? defaultShadowTraffic.concurrency,
      dailySpendUsd: shadowTraffic.daily_spend_usd,
      capture: shadowTraffic.capture ?? defaultShadowTraffic.capture,
      redact: {
        emails: shadowTraffic.redact?.emails ?? defaultShadowTraffic.redact.emails,
        secrets: shadowTraffic.redact?.secrets ?? defaultShadowTraffic.redact.secrets,
        patterns: redactPatterns,
      },
    },
    governance: {
      redisUrl: file.governance?.redis_url,
      redisPrefix: file.governance?.redis_prefix ?? defaultGovernance.redisPrefix,
      onStoreError: file.governance?.on_store_error ?? defaultGovernance.onStoreError,
      redisTimeoutMs: file.governance?.redis_timeout_ms ?? defaultGovernance.redisTimeoutMs,
      redisBreaker: {
        failures: file.governance?.redis_breaker?.failures ?? defaultGovernance.redisBreaker.failures,
        cooldownMs: file.governance?.redis_breaker?.cooldown_ms ?? defaultGovernance.redisBreaker.cooldownMs,
      },
      leases: {
        fraction: file.governance?.leases?.fraction ?? defaultGovernance.leases.fraction,
        syncIntervalMs: file.governance?.leases?.sync_interval_ms ?? defaultGovernance.leases.syncIntervalMs,
      },
    },
    responses: {
      store: file.responses?.store ?? defaultResponses.store,
      retentionDays: file.responses?.retention_days ?? defaultResponses.retentionDays,
      maxStoreBytes: file.responses?.max_store_mb !== undefined ? Math.round(file.responses.max_store_mb * 1024 * 1024) : defaultResponses.maxStoreBytes,
    },
    prices: new Map(
      Object.entries(file.prices ?? {}).map(([key, price]) => [
        key,
        { input: price.input, output: price.output, cachedInput: price.cached_input, cacheWrite: price.cache_write, reasoning: price.reasoning },
      ]),
    ),
    catalogFiles: file.catalog === undefined ? [] : typeof file.catalog === "string" ? [file.catalog] : file.catalog,
    ...(file.decisions === undefined ? {} : { decisions: { dir: file.decisions.dir, audit: file.decisions.audit, evals: file.decisions.evals ?? [] } }),
    source: options.source,
    watch: file.watch,
  };
  return { config, problems };
}

/** `https://App.example.com/` → `https://app.example.com`, as browsers send it in `Origin`; undefined when it is not an origin. */
function normaliseOrigin(origin: string): string | undefined {
  if (origin === "*") return origin;
  try {
    const url = new URL(origin);
    if (url.pathname !== "/" || url.search !== "" || url.hash !== "" || url.username !== "") return undefined;
    return url.origin === "null" ? undefined : url.origin;
  } catch {
    return undefined;
  }
}

function unknownProvider(name: string, providers: ReadonlyMap<string, ProviderConfig>): string {
  const known = [...providers.keys()];
  return `unknown provider "${name}"${known.length > 0 ? ` (configured: ${known.join(", ")})` : " (no providers are configured)"}`;
}
