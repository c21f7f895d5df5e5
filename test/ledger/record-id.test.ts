import { writeFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServe } from "../../src/cli/serve.js";
import { LedgerWriter } from "../../src/ledger/ledger-writer.js";
import { createPostgresLedgerStore } from "../../src/ledger/stores/postgres-ledger-store.js";
import { createSqliteLedgerStore } from "../../src/ledger/stores/sqlite-ledger-store.js";
import { createLogger } from "../../src/shared/logger.js";
import { fromFixture, startFakeUpstream, type FakeUpstream } from "../support/fake-upstream.js";
import { postgresUrl, serviceAvailable } from "../support/services.js";
import { record } from "./memory-store.js";

const logger = createLogger({ level: "silent" });
const postgresUp = await serviceAvailable("postgres");

/** The usage table as the previous version created it: the client's request id was the unique key. */
const previousSqliteTable = `CREATE TABLE switchyard_usage (id INTEGER PRIMARY KEY, request_id TEXT NOT NULL UNIQUE, time_ms INTEGER NOT NULL, key_id TEXT, key_name TEXT, alias TEXT, provider TEXT, upstream_model TEXT, catalog_model TEXT, family TEXT, vendor TEXT, licence TEXT, open_weight INTEGER, status INTEGER NOT NULL, error_code TEXT, stream INTEGER NOT NULL, cache_hit INTEGER NOT NULL, shadow INTEGER NOT NULL, client_disconnected INTEGER NOT NULL, input_tokens INTEGER, output_tokens INTEGER, cached_input_tokens INTEGER, cache_write_tokens INTEGER, reasoning_tokens INTEGER, cost_usd REAL, latency_ms REAL NOT NULL, first_token_ms REAL, finish_reason TEXT, attempts TEXT NOT NULL, warnings TEXT NOT NULL)`;
const previousPostgresTable = "CREATE TABLE switchyard_usage (id BIGSERIAL PRIMARY KEY, request_id TEXT NOT NULL UNIQUE, time_ms BIGINT NOT NULL, key_id TEXT, key_name TEXT, alias TEXT, provider TEXT, upstream_model TEXT, catalog_model TEXT, family TEXT, vendor TEXT, licence TEXT, open_weight SMALLINT, status INTEGER NOT NULL, error_code TEXT, stream SMALLINT NOT NULL, cache_hit SMALLINT NOT NULL, shadow SMALLINT NOT NULL, client_disconnected SMALLINT NOT NULL, input_tokens BIGINT, output_tokens BIGINT, cached_input_tokens BIGINT, cache_write_tokens BIGINT, reasoning_tokens BIGINT, cost_usd DOUBLE PRECISION, latency_ms DOUBLE PRECISION NOT NULL, first_token_ms DOUBLE PRECISION, finish_reason TEXT, attempts JSONB NOT NULL, warnings JSONB NOT NULL)";
const previousRow = "INSERT INTO switchyard_usage (request_id, time_ms, alias, status, stream, cache_hit, shadow, client_disconnected, input_tokens, output_tokens, latency_ms, attempts, warnings) VALUES (?, ?, 'chat', 200, 0, 0, 0, 0, 7, 3, 1, '[]', '[]')";

async function directory(): Promise<string> {
  return mkdtemp(join(tmpdir(), "switchyard-record-id-"));
}

describe("every request leaves its own ledger row", () => {
  let upstream: FakeUpstream;
  beforeAll(async () => {
    upstream = await startFakeUpstream();
  });
  afterAll(async () => {
    await upstream.close();
  });

  it("records five requests that share one x-request-id as five rows, each keeping that id", async () => {
    const project = await directory();
    await writeFile(join(project, "switchyard.yaml"), `providers:\n  local: { type: openai-compatible, base_url: "${upstream.url}" }\nmodels:\n  chat: { targets: [{ provider: local, model: m }] }\n`);
    const running = await startServe({ cwd: project, port: 0, logger });
    for (let index = 0; index < 5; index++) {
      upstream.enqueue(fromFixture.json("openai-chat/text.json"));
      const response = await fetch(`${running.url}/v1/chat/completions`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-request-id": "same-id" },
        body: JSON.stringify({ model: "chat", messages: [{ role: "user", content: "hi" }] }),
      });
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    }
    await running.close();
    const database = new Database(join(project, ".switchyard/ledger.db"), { readonly: true });
    const rows = database.prepare("SELECT record_id, request_id, input_tokens FROM switchyard_usage").all() as { record_id: string; request_id: string; input_tokens: number }[];
    database.close();
    expect(rows).toHaveLength(5);
    expect(rows.every((row) => row.request_id === "same-id" && row.input_tokens === 14)).toBe(true);
    expect(new Set(rows.map((row) => row.record_id)).size).toBe(5);
  });

  it("keeps inserts idempotent by record id in SQLite, whatever the request ids", async () => {
    const store = createSqliteLedgerStore(join(await directory(), "ledger.db"));
    await store.migrate();
    const sharing = Array.from({ length: 5 }, (_, index) => record(`record-${index}`, Date.now(), "same-id"));
    await store.insert(sharing);
    await store.insert(sharing.slice(0, 2)); // a replay after a partial write
    expect(await store.count()).toBe(5);
    await store.close();
  });

  it("upgrades a SQLite ledger from the previous version in place, keeping its rows", async () => {
    const path = join(await directory(), "ledger.db");
    const old = new Database(path);
    old.exec(previousSqliteTable);
    old.exec("CREATE INDEX switchyard_usage_time ON switchyard_usage (time_ms)");
    old.prepare(previousRow).run("old-1", Date.UTC(2026, 10, 20, 12));
    old.prepare(previousRow).run("old-2", Date.UTC(2026, 10, 20, 13));
    old.close();

    const store = createSqliteLedgerStore(path);
    await store.migrate();
    await store.insert([record("new-1", Date.UTC(2026, 10, 20, 14), "old-1"), record("new-2", Date.UTC(2026, 10, 20, 15), "old-1")]);
    await store.insert([record("old-1", Date.UTC(2026, 10, 20, 12))]); // a spilled old record replayed: already there
    expect(await store.count()).toBe(4);
    expect(await store.usage({})).toEqual([expect.objectContaining({ day: "2026-11-20", requests: 4, inputTokens: 7 + 7 + 10 + 10 })]);
    await store.close();
    // Migrating again is a no-op.
    const again = createSqliteLedgerStore(path);
    await again.migrate();
    expect(await again.count()).toBe(4);
    await again.close();
  });

  it("replays spill files from the previous version, whose lines carry no record id, idempotently", async () => {
    const spillDirectory = await directory();
    const spillPath = join(spillDirectory, "spill.ndjson");
    const { recordId: _dropped, ...withoutId } = record("ignored", Date.now(), "spilled-before-upgrade");
    writeFileSync(spillPath, `${JSON.stringify(withoutId)}\n`);
    const store = createSqliteLedgerStore(join(spillDirectory, "ledger.db"));
    await store.migrate();
    const writer = new LedgerWriter({ store, logger, flushIntervalMs: 60_000, batchSize: 10, maxBuffered: 100, spillPath });
    await writer.flush();
    expect(await store.count()).toBe(1);
    await store.insert([record("spilled-before-upgrade")]); // same key as the replayed line
    expect(await store.count()).toBe(1);
    await writer.close();
  });
});

describe.skipIf(!postgresUp)("PostgreSQL ledger keyed by record id", () => {
  it("upgrades a schema from the previous version in place, then records duplicate request ids", async () => {
    const schema = `switchyard_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.query(`SET search_path TO ${schema}`);
      // What the previous version's migrations 1 and 2 left behind.
      await admin.query("CREATE TABLE switchyard_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
      await admin.query("INSERT INTO switchyard_migrations (version) VALUES (1), (2)");
      await admin.query(previousPostgresTable);
      await admin.query("CREATE INDEX switchyard_usage_time ON switchyard_usage (time_ms)");
      await admin.query("CREATE TABLE switchyard_shadow_pairs (id TEXT PRIMARY KEY, time_ms BIGINT NOT NULL, route TEXT NOT NULL, pair JSONB NOT NULL)");
      await admin.query(previousRow.replace("(?, ?,", "($1, $2,"), ["old-1", Date.UTC(2026, 10, 20, 12)]);

      const url = new URL(postgresUrl);
      url.searchParams.set("options", `-c search_path=${schema}`);
      const store = createPostgresLedgerStore({ url: url.toString(), poolSize: 2 });
      await Promise.all([store.migrate(), store.migrate()]);
      await store.insert(Array.from({ length: 5 }, (_, index) => record(`record-${index}`, Date.UTC(2026, 10, 20, 14), "old-1")));
      await store.insert([record("record-0", Date.UTC(2026, 10, 20, 14), "old-1"), record("old-1", Date.UTC(2026, 10, 20, 12))]);
      expect(await store.count()).toBe(6);
      const rows = (await admin.query<{ record_id: string; request_id: string }>("SELECT record_id, request_id FROM switchyard_usage ORDER BY id")).rows;
      expect(rows[0]).toEqual({ record_id: "old-1", request_id: "old-1" });
      expect(rows.filter((row) => row.request_id === "old-1")).toHaveLength(6);
      await store.close();
    } finally {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    }
  });
});
