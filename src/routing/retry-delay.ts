import type { RetryConfig } from "../config/gateway-config.js";
import type { UpstreamError } from "../core/upstream-error.js";

/** Retry-After longer than this is not waited for: the next target is tried instead. */
export const maxHonouredRetryAfterMs = 60_000;

/**
 * How long to wait before retry number `retry` (1-based) of the same target:
 * the upstream's Retry-After when it gave one, else exponential backoff from
 * `backoffMs` with up to 25% jitter, capped at `maxBackoffMs`. Undefined means
 * "do not retry this target" (it asked for longer than we are willing to wait).
 */
export function retryDelay(options: { retry: number; config: RetryConfig; error: UpstreamError; random?: () => number }): number | undefined {
  const { error, config } = options;
  if (error.retryAfterMs !== undefined) return error.retryAfterMs <= maxHonouredRetryAfterMs ? error.retryAfterMs : undefined;
  const base = Math.min(config.maxBackoffMs, config.backoffMs * 2 ** (options.retry - 1));
  const jitter = 1 - 0.25 * (options.random ?? Math.random)();
  return Math.round(base * jitter);
}
