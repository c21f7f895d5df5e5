import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { pino } from "pino";
import { stringify } from "yaml";
import { afterEach, describe, expect, it } from "vitest";
import { parseConfigText } from "../../src/config/load-config.js";
import { createGovernance, type Governance } from "../../src/governance/index.js";
import { startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { serviceAvailable } from "../support/services.js";
import { startGateway, type TestGateway } from "../support/start-gateway.js";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy.js";
import { waitFor } from "../support/wait-for.js";
import { deleteKeysWithPrefix, redisTestClient } from "./support/redis-test-client.js";
import { uniquePrefix } from "./support/start-governed-gateway.js";

const redisUp = await serviceAvailable("redis");

/** Log lines as pino writes them, to count what an outage logs. */
function capturingLogger(): { logger: pino.Logger; lines: Array<{ level: number; msg: string } & Record<string, unknown>> } {
  const lines: Array<{ level: number; msg: string } & Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString("utf8").split("\n")) if (line.trim() !== "") lines.push(JSON.parse(line) as { level: number; msg: string });
      callback();
    },
  });
  return { logger: pino({ level: "info", base: undefined }, sink), lines };
}

interface Setup {
  readonly proxy: TcpProxy;
  readonly upstream: FakeUpstream;
  readonly governance: Governance;
  readonly gateway: TestGateway;
  readonly lines: ReturnType<typeof capturingLogger>["lines"];
  readonly secret: string;
  readonly prefix: string;
  close(): Promise<void>;
}

/**
 * A gateway whose Redis is reached through a proxy the test can stall or take down; one
 * limited key (10,000 rpm), leased in slices of 10 requests (`leases.fraction: 0.001`).
 */
async function startOutageRig(onStoreError: "allow" | "deny"): Promise<Setup> {
  const proxy = await startTcpProxy(6379);
  const upstream = await startFakeUpstream();
  const directory = await mkdtemp(join(tmpdir(), "switchyard-redis-outage-"));
  const prefix = uniquePrefix(`outage-${onStoreError}`);
  const config = {
    providers: { local: { type: "openai-compatible", base_url: upstream.url } },
    models: { chat: { targets: [{ provider: "local", model: "m" }], cache: { ttl_s: 60 } } },
    ledger: { path: join(directory, "ledger.db"), enabled: false },
    governance: { redis_url: `redis://127.0.0.1:${proxy.port}`, redis_prefix: prefix, on_store_error: onStoreError, redis_timeout_ms: 100, redis_breaker: { failures: 3, cooldown_ms: 200 }, leases: { fraction: 0.001 } },
  };
  const { logger, lines } = capturingLogger();
  const governance = await createGovernance({ config: parseConfigText(stringify(config), { path: join(directory, "switchyard.yaml"), env: {} }), logger, cwd: directory, warningIntervalMs: 60_000 });
  const { secret } = await governance.keys.create({ name: "team", models: [], budget: undefined, rpm: 10_000, tpm: undefined });
  const gateway = await startGateway(config, { guard: governance.guard, cache: governance.cache, keys: governance.keys });
  return {
    proxy,
    upstream,
    governance,
    gateway,
    lines,
    secret,
    prefix,
    close: async () => {
      await gateway.close();
      await governance.close();
      await proxy.close();
      await upstream.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** A governed chat request; each asks a different question so the cache never answers for Redis. Gives up after 5 s (a stalled Redis used to hang requests for good). */
async function chat(setup: Setup, index: number): Promise<{ status: number; body: string }> {
  const response = await fetch(`${setup.gateway.baseURL}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${setup.secret}` },
    body: JSON.stringify({ model: "chat", messages: [{ role: "user", content: `question ${index}` }] }),
    signal: AbortSignal.timeout(5_000),
  });
  return { status: response.status, body: await response.text() };
}

async function burst(setup: Setup, from: number, count: number): Promise<number[]> {
  const results = await Promise.all(Array.from({ length: count }, (_, index) => chat(setup, from + index)));
  return results.map((result) => result.status);
}

/** Warnings and errors logged, with no stack trace in any of them. */
function warningLines(setup: Setup): ReturnType<typeof capturingLogger>["lines"] {
  for (const line of setup.lines) expect(JSON.stringify(line)).not.toMatch(/\n\s+at /);
  return setup.lines.filter((line) => line.level >= 40);
}

/** Statuses of a burst under `deny` during an outage: at most one slice (10) served, the rest 503. Returns how many were served. */
function expectLeaseThenRefusals(statuses: readonly number[]): number {
  expect(statuses.filter((status) => status !== 200 && status !== 503)).toEqual([]);
  const served = statuses.filter((status) => status === 200).length;
  expect(served).toBeLessThanOrEqual(10);
  return served;
}

describe.skipIf(!redisUp)("a Redis that stops answering or refuses connections", () => {
  let current: Setup | undefined;
  afterEach(async () => {
    if (!current) return;
    const cleanup = redisTestClient();
    await deleteKeysWithPrefix(cleanup, current.prefix);
    await cleanup.quit();
    await current.close();
    current = undefined;
  });

  it("keeps serving under on_store_error: allow, with a bounded number of log lines, and recovers", async () => {
    const setup = (current = await startOutageRig("allow"));
    expect(await burst(setup, 0, 3)).toEqual([200, 200, 200]);

    setup.proxy.blackhole();
    // 60 requests while Redis is stalled: each would have waited forever for its limit check.
    for (let round = 0; round < 3; round++) expect(await burst(setup, 100 + round * 20, 20)).toEqual(Array.from({ length: 20 }, () => 200));
    expect(setup.governance.storeHealth().redis?.breaker).not.toBe("closed");

    setup.proxy.forward();
    await waitFor(async () => (await chat(setup, 1000)).status === 200 && setup.governance.storeHealth().redis?.breaker === "closed", 10_000);

    await setup.proxy.stop();
    for (let round = 0; round < 3; round++) expect(await burst(setup, 2000 + round * 20, 20)).toEqual(Array.from({ length: 20 }, () => 200));
    await setup.proxy.start();
    await waitFor(async () => (await chat(setup, 3000)).status === 200 && setup.governance.storeHealth().redis?.connection === "ready", 10_000);

    // 120 requests during two outages: a handful of lines, each with a count, instead of one stack trace per request.
    const warnings = warningLines(setup);
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.length).toBeLessThanOrEqual(12);
    expect(warnings.some((line) => typeof line.occurrences === "number" && line.onStoreError === "allow")).toBe(true);
  });

  it("refuses governed requests with a clear 503 under on_store_error: deny, and serves again once Redis is back", async () => {
    const setup = (current = await startOutageRig("deny"));
    expect(await burst(setup, 0, 2)).toEqual([200, 200]);

    setup.proxy.blackhole();
    const stalled = await Promise.all(Array.from({ length: 40 }, (_, index) => chat(setup, 100 + index)));
    // What the replica leased before the outage was reserved in Redis and is still served (at most one
    // slice of 10); every request beyond it is refused within the deadline, none waits for Redis.
    const served = expectLeaseThenRefusals(stalled.map((result) => result.status));
    expect(JSON.parse(stalled.find((result) => result.status === 503)!.body)).toMatchObject({ error: { message: expect.stringContaining("governance.on_store_error is deny") as unknown } });
    expect(setup.upstream.requests.length).toBe(2 + served);
    setup.proxy.forward();
    await waitFor(async () => (await chat(setup, 1000)).status === 200, 10_000);

    await setup.proxy.stop();
    expectLeaseThenRefusals(await burst(setup, 2000, 40));
    await setup.proxy.start();
    await waitFor(async () => (await chat(setup, 3000)).status === 200, 10_000);
    expect(warningLines(setup).length).toBeLessThanOrEqual(12);
  });
});
