import type { ModelAnswer, ModelClient } from "./model-client.js";
import { ResultCache } from "./result-cache.js";

/** Bump when the cached shape changes, so old entries are misses rather than misreads. */
const cacheVersion = 1;

/**
 * Serves repeated calls from the on-disk cache, so re-running a suite costs
 * nothing. Failures are never cached. Judge and embedding calls go through the
 * same client, so they are cached too.
 */
export function withCache(client: ModelClient, cache: ResultCache): ModelClient {
  return {
    identity: (model) => client.identity(model),
    async chat(model, request, signal) {
      const key = ResultCache.key({ v: cacheVersion, kind: "chat", identity: client.identity(model), request: { ...request, model: undefined, stream: false } });
      const hit = await cache.get<ModelAnswer>(key);
      if (hit) return { ...hit, cached: true };
      const answer = await client.chat(model, request, signal);
      await cache.set(key, answer);
      return answer;
    },
    async responses(model, body, signal) {
      const key = ResultCache.key({ v: cacheVersion, kind: "responses", identity: client.identity(model), body });
      const hit = await cache.get<ModelAnswer>(key);
      if (hit) return { ...hit, cached: true };
      const answer = await client.responses(model, body, signal);
      await cache.set(key, answer);
      return answer;
    },
    async embed(model, inputs, signal) {
      const key = ResultCache.key({ v: cacheVersion, kind: "embed", identity: client.identity(model), inputs });
      const hit = await cache.get<number[][]>(key);
      if (hit) return hit;
      const vectors = await client.embed(model, inputs, signal);
      await cache.set(key, vectors);
      return vectors;
    },
    close: () => client.close(),
  };
}
