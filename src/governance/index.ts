import type { Redis } from "ioredis";
import type { GatewayConfig } from "../config/gateway-config.js";
import type { Logger } from "../server/logger.js";
import type { ResponseCache } from "../server/request-guard.js";
import { connectRedis } from "./connect-redis.js";
import { GovernanceGuard } from "./governance-guard.js";
import { KeyRegistry, type KeyAdministration } from "./key-registry.js";
import type { KeySpendSource } from "./key-spend.js";
import type { LimitStore } from "./limit-store.js";
import { MemoryLimitStore } from "./memory-limit-store.js";
import { MemoryResponseCache } from "./memory-response-cache.js";
import { openKeyStore } from "./open-key-store.js";
import { RedisLimitStore } from "./redis-limit-store.js";
import { RedisResponseCache } from "./redis-response-cache.js";

export { GovernanceGuard } from "./governance-guard.js";
export { handleAdminKeys } from "./handle-admin-keys.js";
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
  close(): Promise<void>;
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
  let limits: LimitStore;
  let cache: ResponseCache;
  if (redisUrl !== undefined) {
    redis = await connectRedis({ url: redisUrl, logger });
    limits = new RedisLimitStore(redis, redisPrefix);
    cache = new RedisResponseCache(redis, redisPrefix, logger);
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
    close: async () => {
      await Promise.allSettled([registry.close(), limits.close()]);
      await redis?.quit().catch(() => redis?.disconnect());
    },
  };
}
