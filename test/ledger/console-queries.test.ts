import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { latencyBinBoundsMs, type ConsoleQueries } from "../../src/ledger/stores/console-queries-sql.js";
import type { LedgerStore } from "../../src/ledger/stores/ledger-store.js";
import { createPostgresLedgerStore } from "../../src/ledger/stores/postgres-ledger-store.js";
import { createSqliteLedgerStore } from "../../src/ledger/stores/sqlite-ledger-store.js";
import { latencyBin } from "../../src/ledger/stores/console-rollup-sql.js";
import type { UsageRecord } from "../../src/ledger/usage-record.js";
import { createTestSchema } from "../support/postgres-schema.js";
import { serviceAvailable } from "../support/services.js";
import { record } from "./memory-store.js";

const postgresUp = await serviceAvailable("postgres");
const hour = 3_600_000;
const day = 86_400_000;
const start = Date.UTC(2026, 9, 28);

/** Varied records over 4 days: shadow calls, unknown labels, tokens and cost, errors, latencies across the bins. */
function sampleRecords(count: number): UsageRecord[] {
  let seed = 11;
  const next = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  return Array.from({ length: count }, (_, index) => {
    const known = next() > 0.1;
    const keyId = pick(["key-a", "key-b", null]);
    return {
      ...record(`console-${index}`, start + Math.floor(next() * 4 * day)),
      alias: pick(["chat", "code", null]),
      family: pick(["llama", "gemma", null]),
      vendor: pick(["meta", "google"]),
      licence: pick(["llama-3.3", "apache-2.0", null]),
      openWeight: pick([true, false, null]),
      keyId,
      keyName: keyId === null ? null : `${keyId}-name`,
      shadow: next() > 0.9,
      status: next() > 0.9 ? 502 : 200,
      inputTokens: known ? Math.floor(next() * 1000) : null,
      outputTokens: known ? Math.floor(next() * 500) : null,
      costUsd: known && next() > 0.2 ? Math.round(next() * 1e6) / 1e9 : null,
      latencyMs: pick([3, 12, 80, 240, 900, 4000, 200_000]) + Math.floor(next() * 3),
    };
  });
}

const inRange = (r: UsageRecord, since: number, until: number): boolean => !r.shadow && r.time >= since && r.time < until;
const round = (value: number): number => Math.round(value * 1e9) / 1e9;

/** The overview's series, latency histogram and the explorer, computed here from the records themselves, must equal the store's. */
async function checkConsole(queries: ConsoleQueries, records: readonly UsageRecord[]): Promise<void> {
  const ranges: [number, number, number][] = [
    [start, start + 4 * day, day], // whole days: rollup only
    [start + 6 * hour, start + 2 * day, 6 * hour],
    [start + 5 * hour + 123, start + 3 * day + 7 * hour + 5, day], // days, hours and raw rows at both edges
    [start + day + 5 * hour, start + day + 6 * hour, 60_000], // finer than an hour: raw rows only
  ];
  for (const [since, until, bucketMs] of ranges) {
    const series = new Map<string, { requests: number; errors: number; inputTokens: number; outputTokens: number; costUsd: number; costUnknown: number; usageUnknown: number }>();
    const latency = new Map<string, number>();
    for (const r of records.filter((candidate) => inRange(candidate, since, until))) {
      const bucket = Math.floor(r.time / bucketMs) * bucketMs;
      const id = JSON.stringify([bucket, r.family, r.vendor, r.licence, r.openWeight]);
      const group = series.get(id) ?? { requests: 0, errors: 0, inputTokens: 0, outputTokens: 0, costUsd: 0, costUnknown: 0, usageUnknown: 0 };
      group.requests++;
      group.errors += r.status >= 400 ? 1 : 0;
      group.inputTokens += r.inputTokens ?? 0;
      group.outputTokens += r.outputTokens ?? 0;
      group.costUsd = round(group.costUsd + (r.costUsd ?? 0));
      group.costUnknown += r.costUsd === null ? 1 : 0;
      group.usageUnknown += r.inputTokens === null && r.outputTokens === null ? 1 : 0;
      series.set(id, group);
      const binId = JSON.stringify([bucket, latencyBin(r.latencyMs)]);
      latency.set(binId, (latency.get(binId) ?? 0) + 1);
    }
    const rows = await queries.consoleSeries({ since, until, bucketMs });
    const label = `${since}..${until} by ${bucketMs}`;
    expect(new Map(rows.map(({ bucket, family, vendor, licence, openWeight, ...measures }) => [JSON.stringify([bucket, family, vendor, licence, openWeight]), { ...measures, costUsd: round(measures.costUsd) }])), label).toEqual(series);
    const bins = await queries.consoleLatency({ since, until, bucketMs });
    expect(new Map(bins.map((row) => [JSON.stringify([row.bucket, row.bin]), row.count])), label).toEqual(latency);
  }

  // The explorer, with unaligned bounds (partial hours at both edges) and with a filter.
  const since = start + 3 * hour + 1234;
  const until = start + 3 * day + 17 * hour + 999;
  for (const filter of [{}, { alias: "chat" }, { keyId: "key-b", family: "llama" }, { licence: "apache-2.0" }] as const) {
    const expected = new Map<string, { requests: number; errors: number; inputTokens: number; costUnknown: number; latencySum: number; keyName: string | null }>();
    for (const r of records.filter((candidate) => inRange(candidate, since, until))) {
      if ("alias" in filter && r.alias !== filter.alias) continue;
      if ("keyId" in filter && (r.keyId !== filter.keyId || r.family !== filter.family)) continue;
      if ("licence" in filter && r.licence !== filter.licence) continue;
      const id = JSON.stringify([new Date(r.time).toISOString().slice(0, 10), r.alias, r.keyId, r.family, r.vendor, r.licence]);
      const group = expected.get(id) ?? { requests: 0, errors: 0, inputTokens: 0, costUnknown: 0, latencySum: 0, keyName: r.keyName };
      group.requests++;
      group.errors += r.status >= 400 ? 1 : 0;
      group.inputTokens += r.inputTokens ?? 0;
      group.costUnknown += r.costUsd === null ? 1 : 0;
      group.latencySum += r.latencyMs;
      expected.set(id, group);
    }
    const all = await queries.consoleExplorer({ since, until, ...filter, limit: 100_000, offset: 0 });
    expect(all.total, JSON.stringify(filter)).toBe(expected.size);
    expect(new Map(all.rows.map((row) => [JSON.stringify([row.day, row.alias, row.keyId, row.family, row.vendor, row.licence]), { requests: row.requests, errors: row.errors, inputTokens: row.inputTokens, costUnknown: row.costUnknown, latencyAvgMs: row.latencyAvgMs, keyName: row.keyName }])), JSON.stringify(filter)).toEqual(
      new Map([...expected].map(([id, group]) => [id, { requests: group.requests, errors: group.errors, inputTokens: group.inputTokens, costUnknown: group.costUnknown, latencyAvgMs: Math.round((group.latencySum / group.requests) * 10) / 10, keyName: group.keyName }])),
    );
    // Pages are slices of the same order, and the total holds on every page.
    const page2 = await queries.consoleExplorer({ since, until, ...filter, limit: 7, offset: 7 });
    expect(page2.rows).toEqual(all.rows.slice(7, 14));
    expect(page2.total).toBe(expected.size);
    const past = await queries.consoleExplorer({ since, until, ...filter, limit: 7, offset: expected.size + 5 });
    expect(past).toEqual({ rows: [], total: expected.size });
  }
}

async function fill(store: LedgerStore, records: readonly UsageRecord[]): Promise<void> {
  for (let index = 0; index < records.length; index += 400) await store.insert(records.slice(index, index + 400));
  await store.insert(records.slice(100, 900)); // a spill-file replay: nothing may count twice
}

describe("the console's reads (SQLite)", () => {
  it("answer from the rollups exactly what the raw rows say, counting replayed records once", async () => {
    const store = createSqliteLedgerStore(join(await mkdtemp(join(tmpdir(), "switchyard-console-")), "ledger.db"));
    await store.migrate();
    const records = sampleRecords(3000);
    await fill(store, records);
    await checkConsole(store.console!, records);
    expect(latencyBinBoundsMs.length + 1).toBe(24);
    await store.close();
  });

  it("build the rollups once when a ledger from before it is opened", async () => {
    const path = join(await mkdtemp(join(tmpdir(), "switchyard-console-")), "ledger.db");
    const first = createSqliteLedgerStore(path);
    await first.migrate();
    const records = sampleRecords(800);
    await first.insert(records);
    await first.close();
    const database = new Database(path);
    database.exec("DROP TABLE switchyard_console_hourly; DROP TABLE switchyard_console_daily"); // as the previous version left the file
    database.close();
    const store = createSqliteLedgerStore(path);
    await store.migrate();
    await store.migrate(); // a second start builds nothing twice
    await checkConsole(store.console!, records);
    await store.close();
  });
});

describe.skipIf(!postgresUp)("the console's reads (PostgreSQL)", () => {
  it("answer from the rollups exactly what the raw rows say, and an older database is upgraded in place", async () => {
    const { name: schema, admin, url, drop } = await createTestSchema();
    let store = createPostgresLedgerStore({ url: url(), poolSize: 2 });
    try {
      await store.migrate();
      const records = sampleRecords(3000);
      await fill(store, records);
      await checkConsole(store.console!, records);

      // As a database of the previous version: no hourly table, and its migration not yet applied.
      await store.close();
      const version = Number((await admin.query(`SELECT MAX(version) AS v FROM ${schema}.switchyard_migrations`)).rows[0].v);
      await admin.query(`DROP TABLE ${schema}.switchyard_console_hourly, ${schema}.switchyard_console_daily`);
      await admin.query(`DELETE FROM ${schema}.switchyard_migrations WHERE version = $1`, [version]);
      store = createPostgresLedgerStore({ url: url(), poolSize: 2 });
      await store.migrate();
      await checkConsole(store.console!, records);
    } finally {
      await store.close();
      await drop();
    }
  });
});
