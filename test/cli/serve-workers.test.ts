import { request } from "node:http";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { redisUrl, serviceAvailable } from "../support/services.js";
import { spawnSwitchyard } from "../support/spawn-switchyard.js";
import { deleteKeysWithPrefix, redisTestClient } from "../governance/support/redis-test-client.js";
import { uniquePrefix } from "../governance/support/start-governed-gateway.js";

const redisUp = await serviceAvailable("redis");

let upstream: FakeUpstream;
let directory: string;
beforeAll(async () => {
  upstream = await startFakeUpstream();
  directory = await mkdtemp(join(tmpdir(), "switchyard-workers-"));
});
afterAll(async () => {
  await upstream.close();
  await rm(directory, { recursive: true, force: true });
});

const baseConfig = (): string[] => ["server: { port: 0 }", `providers: { local: { type: openai-compatible, base_url: "${upstream.url}" } }`, "models: { chat: { targets: [{ provider: local, model: m }] } }", "ledger: { path: ledger.db }"];

it("refuses --workers 2 without Redis, in one line, since in-memory limits would multiply", async () => {
  await writeFile(join(directory, "switchyard.yaml"), baseConfig().join("\n") + "\n");
  const spawned = spawnSwitchyard(["serve", "--workers", "2"], { cwd: directory });
  expect(await spawned.exit).toBe(2);
  expect(spawned.stderr().trim().split("\n")).toEqual(["switchyard: --workers 2 needs governance.redis_url: in memory, rate limits and budgets would be kept per worker, each allowing the full limit"]);
});

it("refuses a worker count that is not a number", async () => {
  const spawned = spawnSwitchyard(["serve", "--workers", "many"], { cwd: directory });
  expect(await spawned.exit).toBe(2);
  expect(spawned.stderr()).toContain("--workers");
});

describe.skipIf(!redisUp)("serve --workers 2", () => {
  const prefix = uniquePrefix("workers");
  let redis: Redis;
  beforeAll(() => {
    redis = redisTestClient();
  });
  afterAll(async () => {
    await deleteKeysWithPrefix(redis, prefix);
    await redis.quit();
  });

  it("serves from both workers, sums their metrics, continues stored conversations across them, and on SIGTERM drains both and writes every ledger row", async () => {
    await writeFile(join(directory, "switchyard.yaml"), [...baseConfig(), `governance: { redis_url: "${redisUrl}", redis_prefix: "${prefix}" }`, ""].join("\n"));
    const spawned = spawnSwitchyard(["serve", "--workers", "2"], { cwd: directory, logLevel: "warn" });
    try {
      const url = await waitForMatch(spawned.stdout, /listening on (http:\/\/\S+)/);
      await waitForMatch(spawned.stdout, /(2) workers \(pids/);
      // A new connection per request: the cluster hands connections to workers in turn.
      const statuses: number[] = [];
      for (let index = 0; index < 12; index++) statuses.push((await onNewConnection(`${url}/v1/chat/completions`, JSON.stringify({ model: "chat", messages: [{ role: "user", content: "hi" }] }))).status);
      expect(statuses).toEqual(Array(12).fill(200));
      // Each worker answers a scrape with every worker's counts (alone, each would say 6).
      for (let scrape = 0; scrape < 2; scrape++) {
        const { text } = await onNewConnection(`${url}/metrics`);
        expect(text).toContain('switchyard_requests_total{route="chat",target="local/m",status="200"} 12');
      }
      // A stored conversation goes on whichever worker each turn reaches: every turn finds the one before it,
      // though each worker's store finds ids through an index in its own memory (the SQLite file is shared).
      let previous: string | undefined;
      const turns: string[] = [];
      for (let turn = 0; turn < 6; turn++) {
        const answer = await onNewConnection(`${url}/v1/responses`, JSON.stringify({ model: "chat", input: `turn ${turn}`, previous_response_id: previous }));
        expect(answer.status, answer.text).toBe(200);
        previous = (JSON.parse(answer.text) as { id: string }).id;
        turns.push(previous);
      }
      // The last turn reached the chat-only upstream as the whole conversation: five turns' question and answer, and its own.
      expect((upstream.requests.at(-1)?.body as { messages: unknown[] }).messages).toHaveLength(11);
      for (const id of turns) expect((await onNewConnection(`${url}/v1/responses/${id}`)).status).toBe(200);
      // Deleted through one worker, gone for both.
      expect((await onNewConnection(`${url}/v1/responses/${turns[2]}`, undefined, "DELETE")).status).toBe(200);
      for (let read = 0; read < 2; read++) expect((await onNewConnection(`${url}/v1/responses/${turns[2]}`)).status).toBe(404);
      spawned.child.kill("SIGTERM");
      expect(await spawned.exit).toBe(0);
    } finally {
      if (spawned.child.exitCode === null) spawned.child.kill("SIGKILL");
    }
    const ledger = new Database(join(directory, "ledger.db"), { readonly: true });
    try {
      expect(ledger.prepare("SELECT COUNT(*) AS n FROM switchyard_usage").get()).toEqual({ n: 18 });
    } finally {
      ledger.close();
    }
  });
});

/** POST (with a body), GET or `method` on a connection of its own. */
function onNewConnection(url: string, body?: string, method = body === undefined ? "GET" : "POST"): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const headers = { "content-type": "application/json", connection: "close" };
    const outgoing = request(url, { method, agent: false, headers }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

async function waitForMatch(text: () => string, pattern: RegExp, timeoutMs = 45_000): Promise<string> {
  const started = Date.now();
  for (;;) {
    const match = pattern.exec(text());
    if (match?.[1]) return match[1];
    if (Date.now() - started > timeoutMs) throw new Error(`no ${pattern} in time; got: ${text()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
