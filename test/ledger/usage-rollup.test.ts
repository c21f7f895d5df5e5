import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import type { AggregateRow, LedgerStore, UsageDimension } from "../../src/ledger/stores/ledger-store.js";
import { createPostgresLedgerStore } from "../../src/ledger/stores/postgres-ledger-store.js";
import { createSqliteLedgerStore } from "../../src/ledger/stores/sqlite-ledger-store.js";
import type { UsageRecord } from "../../src/ledger/usage-record.js";
import { createTestSchema } from "../support/postgres-schema.js";
import { serviceAvailable } from "../support/services.js";
import { record } from "./memory-store.js";

const postgresUp = await serviceAvailable("postgres");
const day = 86_400_000;
const start = Date.UTC(2026, 9, 28); // 28 October: the data crosses a month boundary

/** Varied records over 10 days, including unknown tokens, unknown cost, errors and records without a key. */
function sampleRecords(count: number): UsageRecord[] {
  let seed = 7;
  const next = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  return Array.from({ length: count }, (_, index) => {
    const known = next() > 0.1;
    return {
      ...record(`rec-${index}`, start + Math.floor(next() * 10 * day)),
      alias: pick(["chat", "code", null]),
      family: pick(["llama", "gemma", null]),
      vendor: pick(["meta", "google"]),
      licence: pick(["llama-3.3", "apache-2.0", null]),
      keyId: pick(["key-a", "key-b", null]),
      keyName: null,
      provider: pick(["together", "local"]),
      upstreamModel: pick(["m1", "m2"]),
      status: next() > 0.9 ? 502 : 200,
      inputTokens: known ? Math.floor(next() * 1000) : null,
      outputTokens: known ? Math.floor(next() * 500) : null,
      cachedInputTokens: next() > 0.5 ? 3 : null,
      costUsd: known && next() > 0.2 ? Math.round(next() * 1e6) / 1e9 : null,
    };
  });
}

/** The same aggregation done in the test, from the records themselves. */
function expected(records: readonly UsageRecord[], by: readonly UsageDimension[], since?: number, until?: number): Map<string, { requests: number; errors: number; inputTokens: number; outputTokens: number; costUsd: number; usageUnknown: number; costUnknown: number }> {
  const label: Record<UsageDimension, (r: UsageRecord) => string | null> = {
    day: (r) => new Date(r.time).toISOString().slice(0, 10),
    alias: (r) => r.alias,
    family: (r) => r.family,
    vendor: (r) => r.vendor,
    licence: (r) => r.licence,
    key: (r) => r.keyId,
    provider: (r) => r.provider,
    model: (r) => r.upstreamModel,
  };
  const groups = new Map<string, { requests: number; errors: number; inputTokens: number; outputTokens: number; costUsd: number; usageUnknown: number; costUnknown: number }>();
  for (const r of records) {
    if ((since !== undefined && r.time < since) || (until !== undefined && r.time >= until)) continue;
    const id = JSON.stringify(by.map((dimension) => label[dimension](r)));
    const group = groups.get(id) ?? { requests: 0, errors: 0, inputTokens: 0, outputTokens: 0, costUsd: 0, usageUnknown: 0, costUnknown: 0 };
    group.requests++;
    group.errors += r.status >= 400 ? 1 : 0;
    group.inputTokens += r.inputTokens ?? 0;
    group.outputTokens += r.outputTokens ?? 0;
    group.costUsd += r.costUsd ?? 0;
    group.usageUnknown += r.inputTokens === null && r.outputTokens === null ? 1 : 0;
    group.costUnknown += r.costUsd === null ? 1 : 0;
    groups.set(id, group);
  }
  return groups;
}

function actual(rows: readonly AggregateRow[], by: readonly UsageDimension[]): Map<string, { requests: number; errors: number; inputTokens: number; outputTokens: number; costUsd: number; usageUnknown: number; costUnknown: number }> {
  return new Map(
    rows.map((row) => [
      JSON.stringify(by.map((dimension) => row.group[dimension] ?? null)),
      { requests: row.requests, errors: row.errors, inputTokens: row.inputTokens, outputTokens: row.outputTokens, costUsd: Math.round(row.costUsd * 1e9) / 1e9, usageUnknown: row.usageUnknown, costUnknown: row.costUnknown },
    ]),
  );
}

const rounded = (groups: ReturnType<typeof expected>): ReturnType<typeof expected> => new Map([...groups].map(([id, group]) => [id, { ...group, costUsd: Math.round(group.costUsd * 1e9) / 1e9 }]));

/** Rollup-backed answers equal the records' own aggregation, for aligned and unaligned ranges and every dimension. */
async function checkAggregates(store: LedgerStore, records: readonly UsageRecord[]): Promise<void> {
  const ranges: [number | undefined, number | undefined][] = [
    [undefined, undefined],
    [start + 2 * day, start + 6 * day], // whole days: rollup only
    [start + 2 * day + 3_600_000, start + 6 * day + 7_200_000], // partial first and last day from raw rows
    [start + 4 * day + 1000, start + 4 * day + 50_000_000], // inside one day
    [start + 4 * day + 80_000_000, start + 5 * day + 1000], // across one midnight, no whole day
    [start + 3 * day + 1, undefined],
  ];
  const groupings: UsageDimension[][] = [["day", "alias", "family", "vendor", "licence"], ["family"], ["key"], ["provider", "model"], []];
  for (const [since, until] of ranges) {
    for (const by of groupings) {
      const rows = await store.aggregate({ since, until, by });
      expect(actual(rows, by), `by ${by.join(",") || "(total)"} over ${since}..${until}`).toEqual(rounded(expected(records, by, since, until)));
    }
  }
}

describe("usage rollup and retention (SQLite)", () => {
  it("keeps the daily rollup equal to the raw rows, counting replayed records once", async () => {
    const store = createSqliteLedgerStore(join(await mkdtemp(join(tmpdir(), "switchyard-rollup-")), "ledger.db"));
    await store.migrate();
    const records = sampleRecords(3000);
    for (let index = 0; index < records.length; index += 400) await store.insert(records.slice(index, index + 400));
    await store.insert(records.slice(100, 900)); // a spill-file replay: nothing may count twice
    await checkAggregates(store, records);
    const byKey = await store.keyUsage({});
    expect(byKey.map((row) => row.requests).reduce((a, b) => a + b, 0)).toBe(3000);
    await store.close();
  });

  it("builds the rollup when it upgrades a ledger that has rows but no rollup", async () => {
    const path = join(await mkdtemp(join(tmpdir(), "switchyard-rollup-")), "ledger.db");
    const first = createSqliteLedgerStore(path);
    await first.migrate();
    const records = sampleRecords(500);
    await first.insert(records);
    await first.close();
    const database = new Database(path);
    database.exec("DROP TABLE switchyard_usage_daily"); // as the previous version left the file
    database.close();
    const store = createSqliteLedgerStore(path);
    await store.migrate();
    await checkAggregates(store, records);
    await store.close();
  });

  it("retention deletes raw rows, rollup days and shadow pairs before the cutoff, and nothing after", async () => {
    const store = createSqliteLedgerStore(join(await mkdtemp(join(tmpdir(), "switchyard-rollup-")), "ledger.db"));
    await store.migrate();
    const records = sampleRecords(2000);
    await store.insert(records);
    const cutoff = start + 5 * day;
    const result = await store.prune(cutoff);
    const kept = records.filter((r) => r.time >= cutoff);
    expect(result.rows).toBe(records.length - kept.length);
    expect(result.rollupRows).toBeGreaterThan(0);
    expect(await store.count()).toBe(kept.length);
    await checkAggregates(store, kept);
    await store.close();
  });
});

describe.skipIf(!postgresUp)("usage rollup, partitions and retention (PostgreSQL)", () => {
  it("partitions by month, keeps the rollup equal to the raw rows, and retention drops whole months", async () => {
    const { name: schema, admin, url, drop } = await createTestSchema();
    const store = createPostgresLedgerStore({ url: url(), poolSize: 2 });
    try {
      await store.migrate();
      const records = sampleRecords(3000);
      for (let index = 0; index < records.length; index += 400) await store.insert(records.slice(index, index + 400));
      await store.insert(records.slice(100, 900));
      await checkAggregates(store, records);

      const partitions = async (): Promise<string[]> =>
        (await admin.query<{ name: string }>(`SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND i.inhparent = '${schema}.switchyard_usage'::regclass ORDER BY 1`, [schema])).rows.map((row) => row.name);
      expect(await partitions()).toEqual(expect.arrayContaining(["switchyard_usage_p202610", "switchyard_usage_p202611"]));
      expect((await admin.query(`SELECT relkind FROM pg_class WHERE oid = '${schema}.switchyard_usage'::regclass`)).rows[0]).toEqual({ relkind: "p" });

      // Cutoff on 2 November: October's partition goes whole, November loses its first day row by row.
      const cutoff = Date.UTC(2026, 10, 2);
      const result = await store.prune(cutoff);
      expect(result.partitionsDropped).toBe(1);
      expect(await partitions()).not.toContain("switchyard_usage_p202610");
      const kept = records.filter((r) => r.time >= cutoff);
      expect(result.rows).toBe(records.filter((r) => r.time >= Date.UTC(2026, 10, 1) && r.time < cutoff).length);
      expect(await store.count()).toBe(kept.length);
      await checkAggregates(store, kept);
      // A record for a dropped month can still be written: its partition is made again.
      await store.insert([record("late-october", Date.UTC(2026, 9, 30))]);
      expect(await store.count()).toBe(kept.length + 1);
    } finally {
      await store.close();
      await drop();
    }
  });
});
