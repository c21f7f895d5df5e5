import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { redisUrl, serviceAvailable } from "../support/services.js";
import { deleteKeysWithPrefix, redisTestClient } from "./support/redis-test-client.js";
import { uniquePrefix } from "./support/start-governed-gateway.js";
import { spawnSwitchyard, type SpawnedSwitchyard } from "../support/spawn-switchyard.js";

const redisUp = await serviceAvailable("redis");

/**
 * The acceptance test: two real gateway processes on one Redis hold one
 * shared limit. Keys come from the CLI, through the SQLite file both processes read.
 */
describe.skipIf(!redisUp)("two gateway processes on one Redis", () => {
  const prefix = uniquePrefix("replicas");
  const children: ChildProcessWithoutNullStreams[] = [];
  let upstream: FakeUpstream;
  let directory: string;
  let redis: Redis;

  beforeAll(async () => {
    if (!existsSync(fileURLToPath(new URL("../../dist/governance/index.js", import.meta.url)))) throw new Error("dist/ has no governance: run `npm run build` first");
    upstream = await startFakeUpstream();
    redis = redisTestClient();
    directory = await mkdtemp(join(tmpdir(), "switchyard-replicas-"));
    await writeFile(
      join(directory, "switchyard.yaml"),
      [
        "server: { port: 0 }",
        `providers: { local: { type: openai-compatible, base_url: "${upstream.url}" } }`,
        "models: { chat-default: { targets: [{ provider: local, model: m }] } }",
        "ledger: { path: ledger.db, enabled: false }",
        // A generous deadline: this test is about shared counts, and a loaded test machine can stall Redis past the 25 ms default.
        `governance: { redis_url: "${redisUrl}", redis_prefix: "${prefix}", redis_timeout_ms: 1000 }`,
        "",
      ].join("\n"),
    );
  });
  afterAll(async () => {
    await Promise.all(children.map((child) => stop(child)));
    await upstream?.close();
    await deleteKeysWithPrefix(redis, prefix);
    await redis.quit();
    await rm(directory, { recursive: true, force: true });
  });

  function run(args: string[]): SpawnedSwitchyard {
    const spawned = spawnSwitchyard(args, { cwd: directory, logLevel: "warn" });
    children.push(spawned.child);
    return spawned;
  }


  it("refuses the sixth request of a 5-rpm key however the five were spread", async () => {
    const created = run(["keys", "create", "--name", "shared", "--rpm", "5", "--format", "json"]);
    expect(await created.exit, created.stderr()).toBe(0);
    const { secret } = JSON.parse(created.stdout()) as { secret: string };

    const replicas = [run(["serve"]), run(["serve"])];
    const urls = await Promise.all(replicas.map((replica) => waitForMatch(replica.stdout, /listening on (http:\/\/\S+)/)));
    const send = (url: string): Promise<Response> =>
      fetch(`${url}/v1/chat/completions`, {
        method: "POST",
        headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
        body: JSON.stringify({ model: "chat-default", messages: [{ role: "user", content: "hi" }] }),
      });

    const statuses: number[] = [];
    for (const index of [0, 1, 0, 1, 0]) statuses.push((await send(urls[index]!)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const sixth = await send(urls[1]!);
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await sixth.json()) as { error: { message: string } }).error.message).toContain("5 requests per minute (rpm)");
    expect((await send(urls[0]!)).status).toBe(429);
    expect(upstream.requests).toHaveLength(5);
  });
});

async function waitForMatch(text: () => string, pattern: RegExp, timeoutMs = 10_000): Promise<string> {
  const started = Date.now();
  for (;;) {
    const match = pattern.exec(text());
    if (match?.[1]) return match[1];
    if (Date.now() - started > timeoutMs) throw new Error(`no ${pattern} in time; got: ${text()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function stop(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}
