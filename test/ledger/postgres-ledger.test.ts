import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import OpenAI from "openai";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServe } from "../../src/cli/serve.js";
import { createPostgresLedgerStore } from "../../src/ledger/stores/postgres-ledger-store.js";
import { createLogger } from "../../src/shared/logger.js";
import { startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { createTestSchema } from "../support/postgres-schema.js";
import { serviceAvailable } from "../support/services.js";
import { startTcpProxy } from "../support/tcp-proxy.js";
import { record } from "./memory-store.js";

const available = await serviceAvailable("postgres");

describe.skipIf(!available)("PostgreSQL ledger (real server at 127.0.0.1:5432)", () => {
  let upstream: FakeUpstream;
  beforeAll(async () => {
    upstream = await startFakeUpstream();
  });
  afterAll(async () => {
    await upstream.close();
  });

  it("migrates once (idempotently, under an advisory lock), inserts idempotently and aggregates by day", async () => {
    const schema = await createTestSchema();
    const store = createPostgresLedgerStore({ url: schema.url(), poolSize: 2 });
    await Promise.all([store.migrate(), store.migrate()]);
    await store.insert([record("a", Date.UTC(2026, 10, 20, 23, 59)), record("b", Date.UTC(2026, 10, 21, 0, 1)), record("c", Date.UTC(2026, 10, 21, 8))]);
    await store.insert([record("a", Date.UTC(2026, 10, 20, 23, 59))]);
    expect(await store.count()).toBe(3);
    const rows = await store.usage({});
    expect(rows.map((row) => [row.day, row.requests, row.inputTokens])).toEqual([
      ["2026-11-20", 1, 10],
      ["2026-11-21", 2, 20],
    ]);
    await store.close();
    await schema.drop();
  });

  it("serves requests while the database is down, spills what it cannot hold, and loses nothing once it is back", async () => {
    const schema = await createTestSchema();
    const proxy = await startTcpProxy(5432);
    const directory = await mkdtemp(join(tmpdir(), "switchyard-outage-"));
    await writeFile(
      join(directory, "switchyard.yaml"),
      [
        "providers:",
        `  local: { type: openai-compatible, base_url: "${upstream.url}" }`,
        "models:",
        "  chat: { targets: [{ provider: local, model: m }] }",
        "ledger:",
        `  url: "${schema.url(proxy.port)}"`,
        "  flush_interval_ms: 50",
        "  max_buffered: 10",
        "  pool_size: 2",
        "",
      ].join("\n"),
    );
    const running = await startServe({ cwd: directory, port: 0, logger: createLogger({ level: process.env.DEBUG_LEDGER ? "debug" : "silent" }) });
    if (process.env.DEBUG_LEDGER) console.log(directory);
    const client = new OpenAI({ baseURL: `${running.url}/v1`, apiKey: "k", maxRetries: 0 });
    const ask = () => client.chat.completions.create({ model: "chat", messages: [{ role: "user", content: "hi" }] });

    for (let index = 0; index < 5; index++) await ask();
    await proxy.stop();
    // 30 requests during the outage: all answered, more than max_buffered, so some spill to disk.
    for (let index = 0; index < 30; index++) await expect(ask()).resolves.toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await proxy.start();
    for (let index = 0; index < 5; index++) await ask();
    await running.close();

    const check = new pg.Client({ connectionString: schema.url() });
    await check.connect();
    const count = Number((await check.query<{ n: string }>("SELECT COUNT(*) AS n FROM switchyard_usage")).rows[0]!.n);
    await check.end();
    expect(count).toBe(40);
    await proxy.close();
    await schema.drop();
  });
});
