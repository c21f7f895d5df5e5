import type { Redis } from "ioredis";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MemoryResponseCache } from "../../src/governance/memory-response-cache.js";
import { fromFixture, startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { redisUrl, serviceAvailable } from "../support/services.js";
import { deleteKeysWithPrefix, redisTestClient } from "./support/redis-test-client.js";
import { startGovernedGateway, uniquePrefix, type GovernedGateway } from "./support/start-governed-gateway.js";

const redisUp = await serviceAvailable("redis");

function routes(upstream: FakeUpstream, ttlSeconds: number): Record<string, unknown> {
  return {
    providers: { local: { type: "openai-compatible", base_url: upstream.url } },
    models: { cached: { targets: [{ provider: "local", model: "m" }], cache: { ttl_s: ttlSeconds } }, uncached: { targets: [{ provider: "local", model: "m" }] } },
  };
}

async function chat(gateway: GovernedGateway, body: Record<string, unknown>): Promise<{ status: number; cache: string | null; target: string | null; text: string }> {
  const response = await fetch(`${gateway.baseURL}/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: response.status, cache: response.headers.get("x-switchyard-cache"), target: response.headers.get("x-switchyard-target"), text: await response.text() };
}

const question = { model: "cached", messages: [{ role: "user", content: "Capital of France?" }] };

describe("exact-match response cache in memory", () => {
  let upstream: FakeUpstream;
  let gateway: GovernedGateway;
  let clock = Date.now();
  beforeAll(async () => {
    upstream = await startFakeUpstream();
    gateway = await startGovernedGateway(routes(upstream, 60), { cache: new MemoryResponseCache(undefined, () => clock) });
  });
  afterAll(async () => {
    await gateway.close();
    await upstream.close();
  });
  beforeEach(() => {
    upstream.requests.length = 0;
  });

  it("answers a repeated request from the cache with the identical body and no upstream call", async () => {
    const first = await chat(gateway, question);
    expect(first).toMatchObject({ status: 200, cache: "miss" });
    const second = await chat(gateway, question);
    expect(second).toMatchObject({ status: 200, cache: "hit", target: "local/m" });
    expect(second.text).toBe(first.text);
    expect(upstream.requests).toHaveLength(1);
    expect(gateway.summaries.at(-1)).toMatchObject({ cacheHit: true, alias: "cached" });
  });

  it("misses on any difference in the body, for routes without cache:, and for streams", async () => {
    await chat(gateway, question);
    expect((await chat(gateway, { ...question, temperature: 0.5 })).cache).toBe("miss");
    expect((await chat(gateway, { ...question, model: "uncached" })).cache).toBeNull();
    expect((await chat(gateway, { ...question, model: "uncached" })).cache).toBeNull();
    upstream.enqueue(fromFixture.sse("openai-chat/text-stream.sse"));
    const streamed = await chat(gateway, { ...question, stream: true });
    expect(streamed).toMatchObject({ status: 200, cache: null });
    expect(upstream.requests).toHaveLength(4);
  });

  it("expires entries after the route's TTL", async () => {
    const body = { ...question, messages: [{ role: "user", content: "expiring" }] };
    await chat(gateway, body);
    clock += 59_000;
    expect((await chat(gateway, body)).cache).toBe("hit");
    clock += 2_000;
    expect((await chat(gateway, body)).cache).toBe("miss");
    expect(upstream.requests).toHaveLength(2);
  });

  it("stays bounded: least recently used entries leave first", async () => {
    const cache = new MemoryResponseCache({ maxEntries: 2, maxBytes: 1_000 });
    const answer = (body: string) => ({ body, target: "p/m", usage: undefined });
    await cache.set("a", answer("A"), 60);
    await cache.set("b", answer("B"), 60);
    await cache.get("a");
    await cache.set("c", answer("C"), 60);
    expect(await cache.get("b")).toBeUndefined();
    expect((await cache.get("a"))?.body).toBe("A");
    await cache.set("big", answer("x".repeat(995)), 60);
    expect(cache.size).toBe(1);
  });
});

describe.skipIf(!redisUp)("exact-match response cache in Redis", () => {
  const prefix = uniquePrefix("cache");
  let upstream: FakeUpstream;
  let replicas: GovernedGateway[];
  let redis: Redis;
  beforeAll(async () => {
    upstream = await startFakeUpstream();
    const config = { ...routes(upstream, 1), governance: { redis_url: redisUrl, redis_prefix: prefix, redis_timeout_ms: 1000 } }; // generous: a loaded test machine can stall Redis past the default
    replicas = [await startGovernedGateway(config), await startGovernedGateway(config)];
    redis = redisTestClient();
  });
  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.close()));
    await upstream.close();
    await deleteKeysWithPrefix(redis, prefix);
    await redis.quit();
  });

  it("shares answers between replicas, with SET EX expiry", async () => {
    const first = await chat(replicas[0]!, question);
    expect(first.cache).toBe("miss");
    const second = await chat(replicas[1]!, question);
    expect(second).toMatchObject({ cache: "hit", target: "local/m" });
    expect(second.text).toBe(first.text);
    expect(upstream.requests).toHaveLength(1);
    const [key] = await redis.keys(`${prefix}cache:*`);
    expect(await redis.ttl(key!)).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await chat(replicas[1]!, question)).cache).toBe("miss");
    expect(upstream.requests).toHaveLength(2);
  });
});
