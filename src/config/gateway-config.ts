import type { WatchSection } from "./watch-section-schema.js";

/** The runtime config: defaults applied, references checked, secrets resolved. Immutable once built. */
export interface GatewayConfig {
  readonly server: ServerConfig;
  readonly providers: ReadonlyMap<string, ProviderConfig>;
  readonly routes: ReadonlyMap<string, RouteConfig>;
  /** Session header names (lower-case) that pin a conversation to one target; undefined when affinity is off. */
  readonly sessionAffinity?: { readonly headers: readonly string[] };
  /** Retry, timeout and breaker for routes that do not set their own, and for `PROVIDER/MODEL` requests. */
  readonly routerDefaults: RouterDefaults;
  readonly catalogFiles: readonly string[];
  readonly ledger: LedgerConfig;
  readonly shadowTraffic: ShadowTrafficConfig;
  readonly governance: GovernanceConfig;
  /** State of the Responses API; absent in programmatic configs, which get `defaultResponses`. */
  readonly responses?: ResponsesConfig;
  /** Price overrides, USD per million tokens, keyed by `provider/model`. */
  readonly prices: ReadonlyMap<string, PriceOverride>;
  /** `decisions:`; undefined when the file has none (defaults apply). Paths resolved against the config's folder. */
  readonly decisions?: DecisionsConfig;
  /** Where this config came from: a file path, or "discovered" when there was none. */
  readonly source: string;
  /** The `watch:` section as written (validated); src/watch applies its defaults. */
  readonly watch?: WatchSection;
}

export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  readonly apiKeys: readonly string[];
  readonly adminToken: string | undefined;
  readonly maxBodyBytes: number;
  /** Every model request needs a client key (static or virtual); never implied by keys existing. */
  readonly requireKeys: boolean;
  /** Lower-cased host names from `server.allowed_hosts` (`*`, `*.domain` kept as written). */
  readonly allowedHosts: readonly string[];
  /** Origins from `server.cors.origins`, normalised (`scheme://host[:port]`); undefined when CORS is off. */
  readonly corsOrigins: readonly string[] | undefined;
  /** One info line per API request; read per request, so a reload turns it on or off. */
  readonly accessLog: boolean;
  /** `server.overhead_header`: answers carry `x-switchyard-overhead-ms`. */
  readonly overheadHeader: boolean;
  /** The web console at `/ui`. */
  readonly ui: ConsoleConfig;
}

export interface ConsoleConfig {
  readonly enabled: boolean;
  /** The audit JSON (`switchyard audit --format json`) the Exposure page shows, as written in the config; relative to the working directory. */
  readonly auditPath: string | undefined;
}

export interface ProviderConfig {
  readonly name: string;
  /** What the config said: `openai-compatible`, a preset, `anthropic`, `gemini`. */
  readonly type: string;
  readonly baseUrl: string | undefined;
  readonly apiKey: string | undefined;
  readonly headers: Readonly<Record<string, string>>;
  readonly unsupportedParameters: readonly string[];
}

export type RoutingStrategyName = "fallback" | "weighted" | "latency";

export interface TargetConfig {
  readonly provider: string;
  readonly model: string;
  readonly weight: number;
  /** `provider/model`: the key for health, breakers and headers. */
  readonly key: string;
}

export interface RetryConfig {
  readonly attempts: number;
  readonly backoffMs: number;
  readonly maxBackoffMs: number;
}

export interface TimeoutConfig {
  readonly firstTokenMs: number;
  readonly totalMs: number;
}

export interface BreakerConfig {
  readonly failures: number;
  readonly cooldownMs: number;
}

export interface ShadowTargetConfig {
  readonly provider: string;
  readonly model: string;
  readonly sample: number;
}

export interface LedgerConfig {
  readonly enabled: boolean;
  /** Either a SQLite file or a PostgreSQL URL; never both. */
  readonly store: { readonly kind: "sqlite"; readonly path: string } | { readonly kind: "postgres"; readonly url: string; readonly poolSize: number };
  readonly flushIntervalMs: number;
  readonly batchSize: number;
  readonly maxBuffered: number;
  readonly spillPath: string;
  /** Days of usage kept (whole UTC days); undefined keeps everything. */
  readonly retentionDays?: number | undefined;
}

export interface ShadowTrafficConfig {
  readonly concurrency: number;
  readonly dailySpendUsd: number | undefined;
  readonly capture: boolean;
  readonly redact: { readonly emails: boolean; readonly secrets: boolean; readonly patterns: readonly RegExp[] };
}

export const defaultShadowTraffic: ShadowTrafficConfig = {
  concurrency: 4,
  dailySpendUsd: undefined,
  capture: false,
  redact: { emails: true, secrets: true, patterns: [] },
};

export interface ResponsesConfig {
  /** Keep responses for `previous_response_id` and `GET /v1/responses/{id}` (requests may still opt out with `store: false`). */
  readonly store: boolean;
  readonly retentionDays: number;
  /** The oldest responses are pruned once stored JSON exceeds this. */
  readonly maxStoreBytes: number;
}

/** OpenAI keeps stored responses for 30 days. */
export const defaultResponses: ResponsesConfig = { store: true, retentionDays: 30, maxStoreBytes: 1024 * 1024 * 1024 };

export interface GovernanceConfig {
  readonly redisUrl: string | undefined;
  readonly redisPrefix: string;
  /** What a governed request gets while the limit store (Redis) cannot answer: admitted unchecked, or refused with 503. */
  readonly onStoreError: "allow" | "deny";
  /** The most one Redis call may add to a request before the policy applies. */
  readonly redisTimeoutMs: number;
  /** Consecutive Redis failures that stop calling it for `cooldownMs` (then one call tries again). */
  readonly redisBreaker: { readonly failures: number; readonly cooldownMs: number };
  /** Slices of each limit a replica leases from Redis, and how often it reconciles them. */
  readonly leases: { readonly fraction: number; readonly syncIntervalMs: number };
}

export const defaultGovernance: GovernanceConfig = {
  redisUrl: undefined,
  redisPrefix: "switchyard:",
  onStoreError: "allow",
  // A request makes at most two Redis calls (a lease when its slice is empty, the cache lookup): ≤ 50 ms in all.
  redisTimeoutMs: 25,
  redisBreaker: { failures: 3, cooldownMs: 1000 },
  leases: { fraction: 0.02, syncIntervalMs: 100 },
};

export interface PriceOverride {
  readonly input: number;
  readonly output: number;
  readonly cachedInput?: number;
  readonly cacheWrite?: number;
  readonly reasoning?: number;
}

export interface RouteConfig {
  readonly alias: string;
  readonly strategy: RoutingStrategyName;
  /** Exact-match response cache; undefined when off. */
  readonly cache?: { readonly ttlSeconds: number };
  readonly targets: readonly TargetConfig[];
  readonly retry: RetryConfig;
  readonly timeout: TimeoutConfig;
  readonly breaker: BreakerConfig;
  readonly shadow: readonly ShadowTargetConfig[];
}

export interface RouterDefaults {
  readonly retry: RetryConfig;
  readonly timeout: TimeoutConfig;
  readonly breaker: BreakerConfig;
}

export const defaultRetry: RetryConfig = { attempts: 1, backoffMs: 200, maxBackoffMs: 8_000 };
export const defaultTimeout: TimeoutConfig = { firstTokenMs: 30_000, totalMs: 600_000 };
export const defaultBreaker: BreakerConfig = { failures: 5, cooldownMs: 30_000 };
export const defaultLedger: LedgerConfig = {
  enabled: true,
  store: { kind: "sqlite", path: ".switchyard/ledger.db" },
  flushIntervalMs: 1000,
  batchSize: 500,
  maxBuffered: 50_000,
  spillPath: ".switchyard/ledger-spill.ndjson",
  retentionDays: undefined,
};

export const defaultServer: ServerConfig = { host: "127.0.0.1", port: 4000, apiKeys: [], adminToken: undefined, maxBodyBytes: 10 * 1024 * 1024, requireKeys: false, allowedHosts: [], corsOrigins: undefined, accessLog: true, overheadHeader: false, ui: { enabled: true, auditPath: undefined } };

export interface DecisionsConfig {
  readonly dir: string | undefined;
  readonly audit: string | undefined;
  readonly evals: readonly string[];
}

/** What `router.session_affinity: true` keys on: Claude Code's session header, then Codex's. */
export const defaultSessionHeaders: readonly string[] = ["x-claude-code-session-id", "session-id"];
