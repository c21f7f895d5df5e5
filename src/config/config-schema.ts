import { z } from "zod";
import { watchSectionSchema } from "./watch-section-schema.js";

/**
 * The config file's shape (DESIGN.md contract). Objects are strict: an unknown
 * key is an error naming its dot-path, because a typo'd `stratgy:` silently
 * ignored is a routing bug in production. Names are snake_case as users write
 * them; normalise-config.ts turns this into the runtime GatewayConfig.
 */
const positiveInt = z.number().int().positive();
const nonNegativeInt = z.number().int().min(0);

export const retrySchema = z.strictObject({
  /** Tries per target, including the first. */
  attempts: positiveInt.max(10).optional(),
  backoff_ms: nonNegativeInt.optional(),
  max_backoff_ms: nonNegativeInt.optional(),
});

export const timeoutSchema = z.strictObject({
  first_token_ms: positiveInt.optional(),
  total_ms: positiveInt.optional(),
});

export const breakerSchema = z.strictObject({
  /** Consecutive failures that open the breaker. */
  failures: positiveInt.optional(),
  cooldown_ms: positiveInt.optional(),
});

const targetSchema = z.strictObject({
  provider: z.string().min(1),
  model: z.string().min(1),
  weight: z.number().positive().optional(),
});

const shadowTargetSchema = z.strictObject({
  provider: z.string().min(1),
  model: z.string().min(1),
  sample: z.number().min(0).max(1).optional(),
});

/** Exact-match response cache for a route. */
const cacheSchema = z.strictObject({
  ttl_s: positiveInt,
});

export const routeSchema = z.strictObject({
  strategy: z.enum(["fallback", "weighted", "latency"]).optional(),
  cache: cacheSchema.optional(),
  targets: z.array(targetSchema).min(1),
  retry: retrySchema.optional(),
  timeout: timeoutSchema.optional(),
  breaker: breakerSchema.optional(),
  shadow: z.array(shadowTargetSchema).optional(),
});

export const providerSchema = z.strictObject({
  /** `openai-compatible`, a preset name (`ollama`, `groq`, …) or another protocol (`anthropic`, `gemini`). */
  type: z.string().min(1),
  base_url: z.url({ protocol: /^https?$/ }).optional(),
  api_key: z.string().optional(),
  headers: z.record(z.string(), z.string()).optional(),
  /** Extra parameters this upstream rejects, beyond its preset's list. */
  unsupported_parameters: z.array(z.string()).optional(),
});

export const serverSchema = z.strictObject({
  host: z.string().min(1).optional(),
  port: z.number().int().min(0).max(65535).optional(),
  /** Client keys; when set, every request needs one. */
  api_keys: z.array(z.string().min(1)).optional(),
  /** Guards /admin/*; without it the admin API answers only on loopback. */
  admin_token: z.string().min(1).optional(),
  max_body_bytes: positiveInt.optional(),
  /** Whether every model request must carry a client key. Default: true when `api_keys` is set, else false; creating virtual keys never changes it. */
  require_keys: z.boolean().optional(),
  /** Host names (besides localhost, 127.0.0.1, [::1] and `host`) this gateway answers to; `"*"` any, `"*.example.com"` a domain's subdomains. */
  allowed_hosts: z.array(z.string().min(1)).optional(),
  /** Browser origins allowed to call the model API (`/v1/*`) cross-origin; `"*"` any. The admin API never answers cross-origin. */
  cors: z.strictObject({ origins: z.array(z.string().min(1)).min(1) }).optional(),
  /** The web console at `/ui` (on by default); `false` turns it off; `{ audit: FILE }` names the audit JSON its Exposure page shows. */
  ui: z.union([z.boolean(), z.strictObject({ audit: z.string().min(1).optional() })]).optional(),
  /** One log line per API request (method, path, route, target, status, attempts, duration, tokens). Default: true. */
  access_log: z.boolean().optional(),
  /** Adds `x-switchyard-overhead-ms` (time the gateway added, excluding upstream attempts) to every chat answer. Default false. */
  overhead_header: z.boolean().optional(),
});

/** USD per million tokens; overrides the catalog's price for one `provider/model`. */
const priceSchema = z.strictObject({
  input: z.number().min(0),
  output: z.number().min(0),
  cached_input: z.number().min(0).optional(),
  cache_write: z.number().min(0).optional(),
  reasoning: z.number().min(0).optional(),
});

export const ledgerSchema = z.strictObject({
  /** SQLite file (the default store). */
  path: z.string().min(1).optional(),
  /** `postgres://…`: use PostgreSQL instead of SQLite. */
  url: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL").optional(),
  /** How often buffered records are written (the most a kill -9 can lose). */
  flush_interval_ms: positiveInt.optional(),
  batch_size: positiveInt.optional(),
  /** Records kept in memory while the store is down, before spilling to `spill_path`. */
  max_buffered: positiveInt.optional(),
  spill_path: z.string().min(1).optional(),
  pool_size: positiveInt.max(100).optional(),
  /** Keep usage rows, daily rollups and shadow pairs this many days (whole UTC days); older ones are deleted at startup and hourly. Unset: keep everything. */
  retention_days: positiveInt.max(36_500).optional(),
  enabled: z.boolean().optional(),
});

export const governanceSchema = z.strictObject({
  /** `redis://…`: share rate limits, budgets and the response cache across replicas. */
  redis_url: z.string().regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL").optional(),
  /** Prefix of every Redis key Switchyard writes (default `switchyard:`), so several deployments can share one Redis. */
  redis_prefix: z.string().min(1).max(100).optional(),
  /** While Redis cannot answer: `allow` admits governed requests without checking limits (default), `deny` refuses them with 503. */
  on_store_error: z.enum(["allow", "deny"]).optional(),
  /** The most one Redis call may add to a request (default 25; a request makes at most two). */
  redis_timeout_ms: positiveInt.max(10_000).optional(),
  /** Consecutive Redis failures before calls stop for `cooldown_ms` (defaults 3 and 1000). */
  redis_breaker: breakerSchema.optional(),
  /** With Redis: each replica serves limits from slices it leases from Redis, so a request needs no Redis call. */
  leases: z
    .strictObject({
      /** The slice of a limit or budget one replica leases at a time (default 0.02 = 2%). */
      fraction: z.number().gt(0).max(1).optional(),
      /** How often a replica reports usage, returns idle slices and refreshes the shared counts (default 100). */
      sync_interval_ms: positiveInt.min(10).max(10_000).optional(),
    })
    .optional(),
});

/** The Responses API's stored state (kept in the ledger's database). */
export const responsesSchema = z.strictObject({
  /** false: keep nothing, so `previous_response_id` is refused (default true). */
  store: z.boolean().optional(),
  /** Stored responses older than this are deleted (default 30). */
  retention_days: z.number().positive().max(3650).optional(),
  /** Size cap of stored responses in MB; the oldest go first (default 1024). */
  max_store_mb: z.number().positive().optional(),
});

/** Live traffic copied to routes' `shadow:` targets. */
export const shadowTrafficSchema = z.strictObject({
  /** Shadow calls in flight at once; samples beyond it are skipped (and counted). */
  concurrency: positiveInt.max(256).optional(),
  /** Stop shadowing for the rest of the UTC day once shadow calls have cost this much. */
  daily_spend_usd: z.number().positive().optional(),
  /** Store prompts and both answers with each pair (opt-in; needed by `eval --from-shadow`). */
  capture: z.boolean().optional(),
  redact: z
    .strictObject({
      emails: z.boolean().optional(),
      secrets: z.boolean().optional(),
      /** Extra regular expressions whose matches are replaced by [REDACTED]. */
      patterns: z.array(z.string().min(1)).optional(),
    })
    .optional(),
});

/** Where `switchyard decide` keeps records, and the evidence files `decide show` and `report` read. */
export const decisionsSchema = z.strictObject({
  /** Folder of decision records (default `decisions/`). */
  dir: z.string().min(1).optional(),
  /** Audit JSON (`switchyard audit --format json`) for exposure. */
  audit: z.string().min(1).optional(),
  /** Eval result files (`switchyard eval --format json`) for verdicts. */
  evals: z.array(z.string().min(1)).optional(),
});

export const routerDefaultsSchema = z.strictObject({
  retry: retrySchema.optional(),
  timeout: timeoutSchema.optional(),
  breaker: breakerSchema.optional(),
  /**
   * Keep one conversation on one target (its prompt cache stays warm) on `weighted` and
   * `latency` routes, keyed on a session header. `true` uses `x-claude-code-session-id`
   * (Claude Code) and `session-id` (Codex); `{ headers: [...] }` names others, first found wins.
   */
  session_affinity: z.union([z.boolean(), z.strictObject({ headers: z.array(z.string().regex(/^[A-Za-z0-9-]+$/, "a header name")).min(1) })]).optional(),
});

export const configFileSchema = z.strictObject({
  server: serverSchema.optional(),
  providers: z.record(z.string().regex(/^[A-Za-z0-9._-]+$/, "provider names may use letters, digits, '.', '_' and '-'"), providerSchema).optional(),
  /** Aliases clients ask for; a name with `*` (`claude-*`) is a pattern matching any name not configured exactly. */
  models: z.record(z.string().min(1), routeSchema).optional(),
  /** Defaults for every route's retry, timeout and breaker. */
  router: routerDefaultsSchema.optional(),
  ledger: ledgerSchema.optional(),
  shadow_traffic: shadowTrafficSchema.optional(),
  governance: governanceSchema.optional(),
  responses: responsesSchema.optional(),
  /** Price overrides keyed by `provider/model`. */
  prices: z.record(z.string().min(1), priceSchema).optional(),
  /** Extra catalog files that extend or override the built-in model catalog. */
  catalog: z.union([z.string(), z.array(z.string())]).optional(),
  decisions: decisionsSchema.optional(),
  /** Release, licence and price feeds watched by `switchyard watch`, and its trigger rules. */
  watch: watchSectionSchema.optional(),
});

export type ConfigFile = z.infer<typeof configFileSchema>;
