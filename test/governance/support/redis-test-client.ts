import { Redis } from "ioredis";
import { redisUrl } from "../../support/services.js";

/** A plain connection for tests to set up and clean up under their own key prefix. */
export function redisTestClient(): Redis {
  return new Redis(redisUrl, { maxRetriesPerRequest: 1 });
}

export async function deleteKeysWithPrefix(redis: Redis, prefix: string): Promise<void> {
  const keys: string[] = [];
  for await (const batch of redis.scanStream({ match: `${prefix}*`, count: 500 })) keys.push(...(batch as string[]));
  if (keys.length > 0) await redis.del(...keys);
}
