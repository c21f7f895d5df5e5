import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisLimitStore } from "../../src/governance/redis-limit-store.js";
import { serviceAvailable } from "../support/services.js";
import { deleteKeysWithPrefix, redisTestClient } from "./support/redis-test-client.js";
import { uniquePrefix } from "./support/start-governed-gateway.js";

const redisUp = await serviceAvailable("redis");

describe.skipIf(!redisUp)("Redis limit store", () => {
  const prefix = uniquePrefix("limits");
  let connections: Redis[];
  let replicas: RedisLimitStore[];

  beforeAll(() => {
    // Two connections, two stores: as two gateway replicas would have.
    connections = [redisTestClient(), redisTestClient()];
    replicas = connections.map((connection) => new RedisLimitStore(connection, prefix));
  });
  afterAll(async () => {
    await deleteKeysWithPrefix(connections[0]!, prefix);
    await Promise.all(connections.map((connection) => connection.quit()));
  });

  it("admits exactly the limit when two replicas race for it", async () => {
    const limits = { rpm: 5, tpm: undefined, budget: undefined };
    const nowMs = Date.now();
    const decisions = await Promise.all(Array.from({ length: 20 }, (_, index) => replicas[index % 2]!.admit({ keyId: "race", limits, nowMs })));
    expect(decisions.filter((decision) => decision.admitted)).toHaveLength(5);
    expect(decisions.find((decision) => !decision.admitted)).toMatchObject({ limit: "rpm", used: 5 });
  });

  it("shares charged tokens and spend between replicas, and lets counters expire on their own", async () => {
    const limits = { rpm: 100, tpm: 1000, budget: { usd: 2, period: "day" as const } };
    const nowMs = Date.now();
    await replicas[0]!.charge({ keyId: "shared", limits, tokens: 1200, costUsd: 0, nowMs });
    expect(await replicas[1]!.admit({ keyId: "shared", limits, nowMs })).toMatchObject({ admitted: false, limit: "tpm", used: 1200 });
    await replicas[1]!.charge({ keyId: "budget", limits, tokens: 0, costUsd: 1.25, nowMs });
    await replicas[0]!.charge({ keyId: "budget", limits, tokens: 0, costUsd: 0.75, nowMs });
    expect(await replicas[0]!.admit({ keyId: "budget", limits, nowMs })).toMatchObject({ admitted: false, limit: "budget", used: 2 });
    const keys: string[] = [];
    for await (const batch of connections[0]!.scanStream({ match: `${prefix}*` })) keys.push(...(batch as string[]));
    const ttls = await Promise.all(keys.map((key) => connections[0]!.pttl(key)));
    expect(ttls.every((ttl) => ttl > 0)).toBe(true);
  });
});
