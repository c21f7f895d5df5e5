import type { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { LeasedLimitStore } from "../../src/governance/leased-limit-store.js";
import type { KeyLimits, LimitDecision } from "../../src/governance/limit-store.js";
import { RateLimitedWarning } from "../../src/governance/rate-limited-warning.js";
import { StoreBreaker } from "../../src/governance/store-breaker.js";
import { createLogger } from "../../src/shared/logger.js";
import { serviceAvailable } from "../support/services.js";
import { waitFor } from "../support/wait-for.js";
import { deleteKeysWithPrefix, redisTestClient } from "./support/redis-test-client.js";
import { uniquePrefix } from "./support/start-governed-gateway.js";

const redisUp = await serviceAvailable("redis");
const logger = createLogger({ level: "silent" });
const syncIntervalMs = 50;

/** Several limiter instances, each on its own connection, standing in for gateway replicas. */
function replicas(count: number, options: { readonly prefix: string; readonly fraction: number }): { stores: LeasedLimitStore[]; connections: Redis[] } {
  const connections = Array.from({ length: count }, () => redisTestClient());
  const stores = connections.map(
    (redis) =>
      new LeasedLimitStore({
        redis,
        prefix: options.prefix,
        // A generous deadline: these tests are about counts, and this machine is shared.
        breaker: new StoreBreaker({ timeoutMs: 2_000, failures: 3, cooldownMs: 200 }),
        policy: "deny",
        fraction: options.fraction,
        syncIntervalMs,
        admitWarning: new RateLimitedWarning({ logger, message: "admit", intervalMs: 60_000 }),
        syncWarning: new RateLimitedWarning({ logger, message: "sync", intervalMs: 60_000 }),
        retryAfterSeconds: 1,
      }),
  );
  return { stores, connections };
}

async function redisNowMs(redis: Redis): Promise<number> {
  const [seconds, micros] = await redis.time();
  return Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
}

/** Sliding-minute limits allow more across a minute boundary; keep each test inside one Redis minute. */
async function awayFromMinuteBoundary(redis: Redis, neededMs: number): Promise<void> {
  const intoMinute = (await redisNowMs(redis)) % 60_000;
  if (intoMinute + neededMs > 60_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 50));
}

async function counter(redis: Redis, prefix: string, keyId: string, kind: "rpm" | "tpm"): Promise<number> {
  const minute = Math.floor((await redisNowMs(redis)) / 60_000);
  return Number((await redis.get(`${prefix}limit:{${keyId}}:${kind}:${minute}`)) ?? 0);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!redisUp)("limits leased from Redis by several replicas", () => {
  const prefix = uniquePrefix("leases");
  let admin: Redis;
  let open: { stores: LeasedLimitStore[]; connections: Redis[] }[] = [];

  function start(count: number, fraction: number): LeasedLimitStore[] {
    const started = replicas(count, { prefix, fraction });
    open.push(started);
    return started.stores;
  }

  beforeAll(() => {
    admin = redisTestClient();
  });
  afterEach(async () => {
    for (const { stores, connections } of open) {
      await Promise.all(stores.map((store) => store.close()));
      await Promise.all(connections.map((connection) => connection.quit()));
    }
    open = [];
  });
  afterAll(async () => {
    await deleteKeysWithPrefix(admin, prefix);
    await admin.quit();
  });

  it("never admits more than the RPM limit across four replicas racing for it, and reaches it exactly once idle slices come back", async () => {
    await awayFromMinuteBoundary(admin, 8_000);
    const stores = start(4, 0.05);
    const limits: KeyLimits = { rpm: 100, tpm: undefined, budget: undefined };
    const admit = (index: number): Promise<LimitDecision> => stores[index % stores.length]!.admit({ keyId: "rpm-race", limits, nowMs: Date.now() });

    const burst = await Promise.all(Array.from({ length: 400 }, (_, index) => admit(index)));
    const admittedInBurst = burst.filter((decision) => decision.admitted).length;
    expect(admittedInBurst).toBeLessThanOrEqual(100);
    // Only slices other replicas still hold can be missing: at most one slice (5) and a top-up per replica.
    expect(admittedInBurst).toBeGreaterThanOrEqual(100 - 4 * 10);
    expect(burst.find((decision) => !decision.admitted)).toMatchObject({ limit: "rpm" });
    expect(await counter(admin, prefix, "rpm-race", "rpm")).toBeLessThanOrEqual(100);

    // Slices unused for ten sync intervals go back to Redis, so the rest of the limit can be used.
    await sleep(syncIntervalMs * 14);
    let admitted = admittedInBurst;
    const active = new Set(stores.keys());
    for (let index = 0; active.size > 0; index++) {
      const replica = index % stores.length;
      if (!active.has(replica)) continue;
      const decision = await admit(replica);
      if (decision.admitted) admitted++;
      else active.delete(replica);
    }
    expect(admitted).toBe(100);
  });

  it("keeps TPM within the documented bound under concurrent load on four replicas, and reconciles usage with Redis", async () => {
    await awayFromMinuteBoundary(admin, 10_000);
    const limit = 5_000;
    const stores = start(4, 0.02);
    const limits: KeyLimits = { rpm: undefined, tpm: limit, budget: undefined };
    const tokensPerRequest = 100;
    const requestMs = 20;
    const workersPerReplica = 4;
    let consumed = 0;
    const until = Date.now() + 1_200;
    const worker = async (store: LeasedLimitStore): Promise<void> => {
      while (Date.now() < until) {
        const decision = await store.admit({ keyId: "tpm-load", limits, nowMs: Date.now() });
        if (!decision.admitted) {
          expect(decision).toMatchObject({ limit: "tpm" });
          await sleep(5);
          continue;
        }
        await sleep(requestMs);
        consumed += tokensPerRequest;
        await store.charge({ keyId: "tpm-load", limits, tokens: tokensPerRequest, costUsd: 0, nowMs: Date.now() });
      }
    };
    await Promise.all(stores.flatMap((store) => Array.from({ length: workersPerReplica }, () => worker(store))));

    // The README's bound: the requests in flight on every replica when the limit is reached, plus what each
    // replica can spend in one sync interval before it sees the others' usage.
    const inFlight = stores.length * workersPerReplica * tokensPerRequest;
    const oneSyncInterval = stores.length * workersPerReplica * tokensPerRequest * Math.ceil(syncIntervalMs / requestMs);
    expect(consumed).toBeGreaterThanOrEqual(limit);
    expect(consumed).toBeLessThanOrEqual(limit + inFlight + oneSyncInterval);
    // Per-replica buckets that never talk would allow 4 × 5,000; the bound is far below that.
    expect(limit + inFlight + oneSyncInterval).toBeLessThan(stores.length * limit);

    // Once every replica has reported and given back its idle slices, Redis holds exactly what was used.
    await waitFor(async () => (await counter(admin, prefix, "tpm-load", "tpm")) === consumed, 5_000);
  });

  it("shares one budget between replicas, refuses once it is spent, and reconciles the spend", async () => {
    const stores = start(3, 0.05);
    const limits: KeyLimits = { rpm: undefined, tpm: undefined, budget: { usd: 1, period: "day" } };
    let spent = 0;
    let refusals = 0;
    const worker = async (store: LeasedLimitStore): Promise<void> => {
      for (let request = 0; request < 40; request++) {
        const decision = await store.admit({ keyId: "budget", limits, nowMs: Date.now() });
        if (!decision.admitted) {
          expect(decision).toMatchObject({ limit: "budget" });
          expect(decision.retryAfterSeconds).toBeGreaterThan(0);
          refusals++;
          continue;
        }
        await sleep(5);
        spent += 0.03;
        await store.charge({ keyId: "budget", limits, tokens: 0, costUsd: 0.03, nowMs: Date.now() });
      }
    };
    await Promise.all(stores.flatMap((store) => [worker(store), worker(store)]));
    expect(refusals).toBeGreaterThan(0);
    expect(spent).toBeGreaterThanOrEqual(1);
    // The bound: six workers' requests in flight, plus what they can spend in one sync interval (a request takes ≥ 5 ms).
    expect(spent).toBeLessThanOrEqual(1 + 6 * 0.03 + 6 * 0.03 * Math.ceil(syncIntervalMs / 5));

    const day = new Date(await redisNowMs(admin)).toISOString().slice(0, 10);
    await waitFor(async () => Math.abs(Number(await admin.get(`${prefix}limit:{budget}:budget:day:${day}`)) - spent) < 1e-9, 5_000);
  });

  it("counts into Redis's minute, whatever the replicas' clocks say", async () => {
    await awayFromMinuteBoundary(admin, 5_000);
    const stores = start(2, 0.5);
    const limits: KeyLimits = { rpm: 4, tpm: undefined, budget: undefined };
    // Both replicas' wall clocks are ten minutes fast: a counter named from them would be a different, empty minute.
    const skewed = vi.spyOn(Date, "now").mockImplementation(() => new Date().getTime() + 600_000);
    try {
      const decisions = [];
      for (const index of [0, 1, 0, 1, 0]) decisions.push(await stores[index]!.admit({ keyId: "skew", limits, nowMs: Date.now() }));
      expect(decisions.filter((decision) => decision.admitted)).toHaveLength(4);
    } finally {
      skewed.mockRestore();
    }
    expect(await counter(admin, prefix, "skew", "rpm")).toBe(4);
  });
});
