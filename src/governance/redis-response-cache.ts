import type { Redis } from "ioredis";
import type { CachedAnswer, ResponseCache } from "../core/request-guard.js";
import type { RateLimitedWarning } from "./rate-limited-warning.js";
import type { StoreBreaker } from "./store-breaker.js";

/**
 * Cached answers in Redis (SET … EX), shared by every replica. A Redis failure
 * is a miss, never an error for the client: the cache only ever saves work.
 * Calls go through the limits' breaker, so a stalled Redis costs a lookup at
 * most the breaker's deadline, and nothing once it is open.
 */
export class RedisResponseCache implements ResponseCache {
  constructor(
    private readonly options: {
      readonly redis: Redis;
      readonly prefix: string;
      readonly breaker: StoreBreaker;
      readonly warning: RateLimitedWarning;
    },
  ) {}

  async get(key: string): Promise<CachedAnswer | undefined> {
    try {
      const text = await this.options.breaker.run(() => this.options.redis.get(`${this.options.prefix}cache:${key}`));
      return text === null ? undefined : (JSON.parse(text) as CachedAnswer);
    } catch (error) {
      this.options.warning.note(error);
      return undefined;
    }
  }

  async set(key: string, answer: CachedAnswer, ttlSeconds: number): Promise<void> {
    try {
      await this.options.breaker.run(() => this.options.redis.set(`${this.options.prefix}cache:${key}`, JSON.stringify(answer), "EX", Math.max(1, Math.round(ttlSeconds))));
    } catch (error) {
      this.options.warning.note(error);
    }
  }
}
