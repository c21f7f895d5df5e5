import { once } from "node:events";
import type { Redis } from "ioredis";
import type { Logger } from "../shared/logger.js";
import type { RateLimitedWarning } from "./rate-limited-warning.js";

/**
 * One Redis connection for limits and the cache. Commands fail at once while
 * disconnected (no offline queue) and time out while Redis does not answer
 * (`commandTimeout`): a request must never wait on a dead or stalled Redis. The
 * breaker in front (store-breaker.ts) decides what a failure means.
 */
export async function connectRedis(options: {
  readonly url: string;
  readonly logger: Logger;
  /** Connection errors (refused, reset) go here: ioredis reports each failed reconnect. */
  readonly connectionWarning: RateLimitedWarning;
  /** The breaker's deadline per call (`governance.redis_timeout_ms`). */
  readonly commandTimeoutMs: number;
  readonly readyTimeoutMs?: number;
}): Promise<Redis> {
  const { Redis } = await import("ioredis");
  // Auto-pipelining sends the limit checks of concurrent requests in one write per tick
  // (measured +10-15% requests/s with a virtual key on every request).
  const redis = new Redis(options.url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 1_000,
    // The breaker's deadline answers the request; this only lets ioredis forget commands a
    // stalled Redis never answers, so it is longer, and never races the breaker's deadline.
    commandTimeout: Math.max(1_000, options.commandTimeoutMs * 20),
    lazyConnect: false,
    enableAutoPipelining: true,
  });
  redis.on("error", (error: Error) => options.connectionWarning.note(error));
  const timeout = AbortSignal.timeout(options.readyTimeoutMs ?? 5_000);
  try {
    await once(redis, "ready", { signal: timeout });
  } catch {
    options.logger.warn({ url: redactPassword(options.url) }, "redis not ready yet; continuing, and reconnecting in the background");
  }
  return redis;
}

function redactPassword(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, "//***@");
}
