import type { Redis } from "ioredis";
import type { Logger } from "../shared/logger.js";
import type { CachedAnswer, ResponseCache } from "../core/request-guard.js";

/**
 * Cached answers in Redis (SET … EX), shared by every replica. A Redis failure
 * is a miss, never an error for the client: the cache only ever saves work.
 */
export class RedisResponseCache implements ResponseCache {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly logger: Logger,
  ) {}

  async get(key: string): Promise<CachedAnswer | undefined> {
    try {
      const text = await this.redis.get(`${this.prefix}cache:${key}`);
      return text === null ? undefined : (JSON.parse(text) as CachedAnswer);
    } catch (error) {
      this.logger.debug({ err: error }, "response cache read failed; treating as a miss");
      return undefined;
    }
  }

  async set(key: string, answer: CachedAnswer, ttlSeconds: number): Promise<void> {
    await this.redis.set(`${this.prefix}cache:${key}`, JSON.stringify(answer), "EX", Math.max(1, Math.round(ttlSeconds)));
  }
}
