import type { Redis } from "ioredis";
import type { GatewayConfig, GovernanceConfig } from "../config/gateway-config.js";
import type { Logger } from "../shared/logger.js";
import type { ResponseCache } from "../core/request-guard.js";
import { connectRedis } from "./connect-redis.js";
import { GovernanceGuard } from "./governance-guard.js";
import { KeyRegistry, type KeyAdministration } from "./key-registry.js";
import type { KeySpendSource } from "./key-spend.js";
import type { LimitStore } from "./limit-store.js";
import { MemoryLimitStore } from "./memory-limit-store.js";
import { MemoryResponseCache } from "./memory-response-cache.js";
import { openKeyStore } from "./open-key-store.js";
import { RedisResponseCache } from "./redis-response-cache.js";
import { RateLimitedWarning } from "./rate-limited-warning.js";
import { LeasedLimitStore } from "./leased-limit-store.js";
import { StoreBreaker, type BreakerState } from "./store-breaker.js";

export { GovernanceGuard } from "./governance-guard.js";
export { KeyRegistry, keyReloadIntervalMs, type KeyAdministration } from "./key-registry.js";
export { KeySpecError, parseKeySpec, parseBudget, type KeySpec } from "./key-spec.js";
export { describeKey, type KeyDescription } from "./describe-key.js";
export { readKeySpend, type KeySpend, type KeySpendSource } from "./key-spend.js";
export { formatUsd } from "./format-usd.js";
export { openKeyStore } from "./open-key-store.js";
export { MemoryLimitStore } from "./memory-limit-store.js";
export { MemoryResponseCache } from "./memory-response-cache.js";
export type { VirtualKey, KeyBudget, BudgetPeriod } from "./virtual-key.js";

/** Everything the server needs from governance, and how to stop it. */
export interface Governance {
  readonly guard: GovernanceGuard;
  readonly cache: ResponseCache;
  readonly keys: KeyAdministration;
  /** A reloaded config: picks up `server.api_keys` and `server.require_keys`; store settings need a restart (logged). */
  applyConfig(config: GatewayConfig): void;
  /** Redis as requests see it (absent without Redis), for `/readyz`. */
  storeHealth(): GovernanceStoreHealth;
  close(): Promise<void>;
}

export interface GovernanceStoreHealth {
  /** `connection` is ioredis's status (`ready` when connected); `breaker` is open while calls are not even tried. */
  readonly redis?: { readonly connection: string; readonly breaker: BreakerState };
}

/**
 * Keys from the ledger's database; limits and the response cache in memory, or
 * in Redis when `governance.redis_url` is set. Throws when the key store cannot
 * be opened: a gateway that cannot read its keys must not start open.
 */
export async function createGovernance(options: {
  readonly config: GatewayConfig;
  readonly logger: Logger;
  readonly cwd?: string;
  readonly keyReloadIntervalMs?: number;
  /** How often a Redis outage may log a warning line (default 30 s); tests shorten it. */
  readonly warningIntervalMs?: number;
  /** Spend per key for `GET /admin/keys` (the ledger's per-key totals); asked on each listing. */
  readonly spendSource?: () => KeySpendSource | undefined;
}): Promise<Governance> {
  const { config, logger } = options;
  const store = await openKeyStore({ ledger: config.ledger, cwd: options.cwd ?? process.cwd() });
  let registry: KeyRegistry;
  try {
    registry = await KeyRegistry.open({ store, logger, reloadIntervalMs: options.keyReloadIntervalMs, spendSource: options.spendSource });
  } catch (error) {
    await store.close();
    throw error;
  }

  const { redisUrl, redisPrefix } = config.governance;
  let redis: Redis | undefined;
  let breaker: StoreBreaker | undefined;
  let limits: LimitStore;
  let cache: ResponseCache;
  if (redisUrl !== undefined) {
    ({ redis, breaker, limits, cache } = await openRedisStores({ governance: config.governance, redisUrl, redisPrefix, logger, warningIntervalMs: options.warningIntervalMs }));
  } else {
    limits = new MemoryLimitStore();
    cache = new MemoryResponseCache();
  }
  const guard = new GovernanceGuard({ registry, limits, logger, apiKeys: config.server.apiKeys, requireKeys: config.server.requireKeys });
  let running = config;

  return {
    guard,
    cache,
    keys: registry,
    applyConfig: (next) => {
      guard.setStaticKeys(next.server.apiKeys);
      guard.setRequireKeys(next.server.requireKeys);
      if (JSON.stringify(next.governance) !== JSON.stringify(running.governance)) logger.warn("governance settings changed: restart to apply them");
      running = next;
    },
    storeHealth: () => (redis && breaker ? { redis: { connection: redis.status, breaker: breaker.state } } : {}),
    close: async () => {
      await Promise.allSettled([registry.close(), limits.close()]);
      await redis?.quit().catch(() => redis?.disconnect());
    },
  };
}

/**
 * Limits and the cache on one Redis connection, behind one breaker: each call is
 * bounded by `redis_timeout_ms`. Limits are served from leased slices
 * (leased-limit-store.ts); while Redis cannot answer, a request that needs a new
 * lease follows `on_store_error` and the cache misses. Warnings are one line per interval each.
 */
async function openRedisStores(options: {
  readonly governance: GovernanceConfig;
  readonly redisUrl: string;
  readonly redisPrefix: string;
  readonly logger: Logger;
  readonly warningIntervalMs: number | undefined;
}): Promise<{ redis: Redis; breaker: StoreBreaker; limits: LimitStore; cache: ResponseCache }> {
  const { governance, logger } = options;
  const policy = governance.onStoreError;
  const warning = (message: string): RateLimitedWarning => new RateLimitedWarning({ logger, message, intervalMs: options.warningIntervalMs ?? 30_000, fields: { onStoreError: policy } });
  const breaker = new StoreBreaker({
    timeoutMs: governance.redisTimeoutMs,
    failures: governance.redisBreaker.failures,
    cooldownMs: governance.redisBreaker.cooldownMs,
    onChange: (state, cause) => {
      if (state === "open") logger.warn({ cause, onStoreError: policy, cooldownMs: governance.redisBreaker.cooldownMs }, "redis not answering: breaker open, limits follow governance.on_store_error and the cache misses");
      else logger.info("redis answering again: breaker closed");
    },
  });
  const redis = await connectRedis({ url: options.redisUrl, logger, commandTimeoutMs: governance.redisTimeoutMs, connectionWarning: warning("redis connection failing (count since the last line)") });
  const limits = new LeasedLimitStore({
    redis,
    prefix: options.redisPrefix,
    breaker,
    policy,
    fraction: governance.leases.fraction,
    syncIntervalMs: governance.leases.syncIntervalMs,
    admitWarning: warning(policy === "allow" ? "redis unavailable: governed requests with no lease left admitted without checking limits (count since the last line)" : "redis unavailable: governed requests with no lease left refused with 503 (count since the last line)"),
    syncWarning: warning("redis unavailable: usage not yet reported and leases not renewed (count since the last line)"),
    retryAfterSeconds: Math.max(1, Math.ceil(governance.redisBreaker.cooldownMs / 1000)),
  });
  const cache = new RedisResponseCache({ redis, prefix: options.redisPrefix, breaker, warning: warning("redis unavailable: response cache missing (count since the last line)") });
  return { redis, breaker, limits, cache };
}
