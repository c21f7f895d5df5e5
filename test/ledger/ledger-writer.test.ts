import { existsSync, readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LedgerWriter } from "../../src/ledger/ledger-writer.js";
import { createSqliteLedgerStore } from "../../src/ledger/stores/sqlite-ledger-store.js";
import { createLogger } from "../../src/shared/logger.js";
import { flakyMemoryStore, record } from "./memory-store.js";

const logger = createLogger({ level: "silent" });

async function spillPath(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), "switchyard-ledger-")), "spill.ndjson");
}

describe("ledger writer", () => {
  it("writes in batches off the request path and flushes everything on close", async () => {
    const store = flakyMemoryStore();
    const writer = new LedgerWriter({ store, logger, flushIntervalMs: 60_000, batchSize: 10, maxBuffered: 1000, spillPath: await spillPath() });
    for (let index = 0; index < 25; index++) writer.record(record(`r${index}`));
    await writer.flush();
    expect(store.records.size).toBe(25);
    expect(store.inserts).toBe(3); // 10 + 10 + 5
    writer.record(record("late"));
    await writer.close();
    expect(store.records.has("late")).toBe(true);
  });

  it("buffers during an outage, spills past the bound, and replays everything when the store returns", async () => {
    const store = flakyMemoryStore();
    const path = await spillPath();
    const writer = new LedgerWriter({ store, logger, flushIntervalMs: 60_000, batchSize: 50, maxBuffered: 20, spillPath: path });
    store.down = true;
    for (let index = 0; index < 100; index++) writer.record(record(`r${index}`));
    await writer.flush();
    expect(writer.stats()).toMatchObject({ storeHealthy: false });
    expect(writer.stats().buffered).toBeLessThanOrEqual(20);
    expect(writer.stats().spilled).toBeGreaterThanOrEqual(80);
    store.down = false;
    await writer.flush();
    expect(store.records.size).toBe(100);
    expect(existsSync(path)).toBe(false);
    expect(writer.stats()).toMatchObject({ storeHealthy: true, buffered: 0 });
    await writer.close();
  });

  it("keeps records the store refuses at shutdown in the spill file, and a new writer replays them", async () => {
    const store = flakyMemoryStore();
    const path = await spillPath();
    const first = new LedgerWriter({ store, logger, flushIntervalMs: 60_000, batchSize: 50, maxBuffered: 1000, spillPath: path });
    store.down = true;
    for (let index = 0; index < 7; index++) first.record(record(`r${index}`));
    await first.close();
    expect(readFileSync(path, "utf8").trim().split("\n")).toHaveLength(7);
    store.down = false;
    const second = new LedgerWriter({ store, logger, flushIntervalMs: 60_000, batchSize: 50, maxBuffered: 1000, spillPath: path });
    await second.flush();
    expect(store.records.size).toBe(7);
    await second.close();
  });

  it("stores records in a WAL-mode SQLite file, idempotently by record id", async () => {
    const directory = await mkdtemp(join(tmpdir(), "switchyard-ledger-"));
    const store = createSqliteLedgerStore(join(directory, "ledger.db"));
    await store.migrate();
    await store.insert([record("a", Date.UTC(2026, 10, 20, 12)), record("b", Date.UTC(2026, 10, 21, 12))]);
    await store.insert([record("a", Date.UTC(2026, 10, 20, 12))]);
    expect(await store.count()).toBe(2);
    const rows = await store.usage({ since: Date.UTC(2026, 10, 21) });
    expect(rows).toEqual([expect.objectContaining({ day: "2026-11-21", alias: "chat", requests: 1, inputTokens: 10, outputTokens: 5, costUnknown: 1 })]);
    await store.close();
    expect(existsSync(join(directory, "ledger.db-wal"))).toBe(false); // checkpointed and removed on a clean close
  });
});

describe("ledger writer under concurrent overflow", () => {
  it("loses nothing when records overflow the buffer while a batch insert is in flight", async () => {
    const store = flakyMemoryStore();
    const slowInsert = store.insert.bind(store);
    // Every insert takes a while; meanwhile records keep arriving and overflow the bound.
    store.insert = async (records) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      await slowInsert(records);
    };
    const writer = new LedgerWriter({ store, logger, flushIntervalMs: 60_000, batchSize: 4, maxBuffered: 6, spillPath: await spillPath() });
    for (let index = 0; index < 200; index++) {
      writer.record(record(`r${index}`));
      if (index % 3 === 0) void writer.flush();
      if (index % 7 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await writer.close();
    expect(store.records.size).toBe(200);
  });
});
