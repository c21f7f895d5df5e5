import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { LedgerWriter } from "../../src/ledger/ledger-writer.js";
import { createSqliteWorkerLedgerStore } from "../../src/ledger/stores/sqlite-worker-ledger-store.js";
import { createLogger } from "../../src/shared/logger.js";
import { record } from "./memory-store.js";

const logger = createLogger({ level: "silent" });

describe("SQLite ledger on a writer thread", () => {
  it("commits every buffered record before close() resolves (graceful shutdown loses nothing)", async () => {
    const directory = await mkdtemp(join(tmpdir(), "switchyard-ledger-worker-"));
    const path = join(directory, "ledger.db");
    const store = createSqliteWorkerLedgerStore(path);
    await store.migrate();
    // An interval that never fires: only close() can write these.
    const writer = new LedgerWriter({ store, logger, flushIntervalMs: 3_600_000, batchSize: 5000, maxBuffered: 100_000, spillPath: join(directory, "spill.ndjson") });
    for (let index = 0; index < 2500; index++) writer.record(record(`r${index}`, Date.UTC(2026, 10, 1) + index));
    await writer.close();
    const database = new Database(path, { readonly: true });
    expect((database.prepare("SELECT COUNT(*) AS n FROM switchyard_usage").get() as { n: number }).n).toBe(2500);
    database.close();
  });

  it("answers reads through the thread and reports the thread's errors as rejected calls", async () => {
    const directory = await mkdtemp(join(tmpdir(), "switchyard-ledger-worker-"));
    const store = createSqliteWorkerLedgerStore(join(directory, "ledger.db"));
    // Before migrate() the thread's store refuses inserts; the message crosses back intact.
    await expect(store.insert([record("early")])).rejects.toThrow("ledger store used before migrate()");
    await store.migrate();
    await store.insert([record("a", Date.UTC(2026, 10, 1, 12)), record("b", Date.UTC(2026, 10, 1, 13)), record("a", Date.UTC(2026, 10, 1, 12))]);
    expect(await store.count()).toBe(2);
    const rows = await store.usage({ since: Date.UTC(2026, 10, 1), until: Date.UTC(2026, 10, 2) });
    expect(rows).toEqual([expect.objectContaining({ day: "2026-11-01", alias: "chat", requests: 2, inputTokens: 20, outputTokens: 10 })]);
    await store.close();
  });
});
