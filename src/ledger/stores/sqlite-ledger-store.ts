import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { ShadowPair } from "../shadow-pair.js";
import type { UsageRecord } from "../usage-record.js";
import { shadowPairColumns, shadowPairFilter } from "./shadow-pair-columns.js";
import { createConsoleQueries } from "./console-queries-sql.js";
import { ledgerColumns, usageIndexes } from "./ledger-columns.js";
import type { AggregateQuery, LedgerStore, UsageQuery } from "./ledger-store.js";
import { toAggregateRow, toKeyUsageRows, toUsageRow, usageTableDimensions } from "./to-usage-row.js";
import { consoleRollupRows, consoleRollups, consoleRollupSelectSql, consoleRollupUpsertSql, consoleRollupValuesUpsertSql, createConsoleRollupTableSql } from "./console-rollup-sql.js";
import { aggregateSql, createRollupTableSql, dayMs, rollupDimensions, rollupSelectSql, rollupUpsertSql, rollupValuesUpsertSql } from "./usage-rollup-sql.js";

/** Rows deleted per statement by retention, so other writers of the file (keys, responses) wait at most one chunk. */
const pruneChunk = 20_000;

/**
 * The embedded default: one SQLite file in WAL mode, so the gateway writes while
 * `switchyard usage` reads. Batches are one transaction each; `INSERT OR IGNORE`
 * on the unique record id makes spill-file replays idempotent, and only the rows
 * actually inserted are added to the daily rollup in the same transaction.
 */
export function createSqliteLedgerStore(path: string): LedgerStore {
  mkdirSync(dirname(path), { recursive: true });
  const database = new Database(path);
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = NORMAL");
  database.pragma("busy_timeout = 5000");
  const names = ledgerColumns.map((column) => column.name);
  let insertRecords: ((records: readonly UsageRecord[]) => void) | undefined;

  const aggregate = async (query: AggregateQuery) => {
    const { sql, parameters } = aggregateSql(query, () => "?");
    return (database.prepare(sql).all(...parameters) as Record<string, unknown>[]).map((row) => toAggregateRow(row, query.by));
  };

  return {
    kind: "sqlite",
    console: createConsoleQueries({ all: async (sql, parameters) => database.prepare(sql).all(...parameters) as Record<string, unknown>[], placeholder: () => "?" }),
    async migrate() {
      database.transaction(() => {
        const existing = (database.prepare("SELECT name FROM pragma_table_info('switchyard_usage')").all() as { name: string }[]).map((row) => row.name);
        if (existing.length === 0) database.exec(createUsageTable("switchyard_usage"));
        else if (!existing.includes("record_id")) upgradeFromRequestIdKey(database, existing);
        for (const sql of usageIndexes) database.exec(sql);
        const hasRollup = database.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'switchyard_usage_daily'").get() !== undefined;
        if (!hasRollup) {
          // A ledger from before the rollup: build it once from the raw rows.
          database.exec(createRollupTableSql("sqlite"));
          database.exec(rollupUpsertSql(rollupSelectSql("switchyard_usage")));
        }
        for (const rollup of consoleRollups) {
          if (database.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(rollup.table) !== undefined) continue;
          // A ledger from before the console's rollups: each is built once from the raw rows, in this transaction.
          database.exec(createConsoleRollupTableSql("sqlite", rollup));
          database.exec(consoleRollupUpsertSql(rollup, consoleRollupSelectSql(rollup, "switchyard_usage")));
        }
      }).immediate();
      database.exec(`CREATE TABLE IF NOT EXISTS switchyard_shadow_pairs (${shadowPairColumns.sqlite})`);
      database.exec("CREATE INDEX IF NOT EXISTS switchyard_shadow_pairs_time ON switchyard_shadow_pairs (time_ms)");
      const insert = database.prepare(`INSERT OR IGNORE INTO switchyard_usage (${names.join(", ")}) VALUES (${names.map(() => "?").join(", ")})`);
      const upsert = database.prepare(rollupValuesUpsertSql());
      const consoleUpserts = consoleRollups.map((rollup) => ({ rollup, statement: database.prepare(consoleRollupValuesUpsertSql(rollup)) }));
      insertRecords = database.transaction((batch: readonly UsageRecord[]) => {
        const inserted: UsageRecord[] = [];
        for (const record of batch) {
          if (insert.run(ledgerColumns.map((column) => column.value(record))).changes === 1) inserted.push(record);
        }
        for (const row of rollupRows(inserted)) upsert.run(row);
        for (const { rollup, statement } of consoleUpserts) for (const row of consoleRollupRows(rollup, inserted)) statement.run(row);
      });
    },
    async insert(records: readonly UsageRecord[]) {
      if (!insertRecords) throw new Error("ledger store used before migrate()");
      insertRecords(records);
    },
    aggregate,
    async keyUsage(query: UsageQuery) {
      return toKeyUsageRows(await aggregate({ ...query, by: ["key"] }));
    },
    async usage(query: UsageQuery) {
      return (await aggregate({ ...query, by: usageTableDimensions })).map(toUsageRow);
    },
    async prune(before: number) {
      let rows = 0;
      const chunk = database.prepare(`DELETE FROM switchyard_usage WHERE id IN (SELECT id FROM switchyard_usage WHERE time_ms < ? LIMIT ${pruneChunk})`);
      for (let deleted = pruneChunk; deleted === pruneChunk; rows += deleted) deleted = chunk.run(before).changes;
      const rollupRows = database.prepare("DELETE FROM switchyard_usage_daily WHERE day_ms < ?").run(before).changes;
      // Retention cuts at a midnight, so no hour or day is left half-counted.
      for (const rollup of consoleRollups) database.prepare(`DELETE FROM ${rollup.table} WHERE time_ms < ?`).run(before);
      database.prepare("DELETE FROM switchyard_shadow_pairs WHERE time_ms < ?").run(before);
      return { rows, rollupRows, partitionsDropped: 0 };
    },
    async insertShadowPairs(pairs) {
      const statement = database.prepare("INSERT OR IGNORE INTO switchyard_shadow_pairs (id, time_ms, route, pair) VALUES (?, ?, ?, ?)");
      database.transaction(() => {
        for (const pair of pairs) statement.run(pair.id, pair.time, pair.route, JSON.stringify(pair));
      })();
    },
    async shadowPairs(query) {
      const { where, parameters } = shadowPairFilter(query, () => "?");
      const rows = database.prepare(`SELECT pair FROM switchyard_shadow_pairs ${where} ORDER BY time_ms DESC LIMIT ${query.limit ?? 100_000}`).all(...parameters) as { pair: string }[];
      return rows.map((row) => JSON.parse(row.pair) as ShadowPair);
    },
    async count() {
      return (database.prepare("SELECT COUNT(*) AS n FROM switchyard_usage").get() as { n: number }).n;
    },
    async close() {
      database.close();
    },
  };
}

/** A batch's newly inserted records, summed per rollup row (same grouping and measures as rollupSelectSql). */
function rollupRows(records: readonly UsageRecord[]): (string | number | null)[][] {
  const rows = new Map<string, (string | number | null)[]>();
  for (const record of records) {
    const labels: Record<string, string | null> = { alias: record.alias, family: record.family, vendor: record.vendor, licence: record.licence, key_id: record.keyId, provider: record.provider, upstream_model: record.upstreamModel };
    const key = [record.time - (record.time % dayMs), ...rollupDimensions.map((dimension) => labels[dimension.column] ?? "")];
    const id = JSON.stringify(key);
    let row = rows.get(id);
    if (!row) {
      row = [...key, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
      rows.set(id, row);
    }
    const measures = [
      1,
      record.status >= 400 ? 1 : 0,
      record.inputTokens ?? 0,
      record.outputTokens ?? 0,
      record.cachedInputTokens ?? 0,
      record.cacheWriteTokens ?? 0,
      record.reasoningTokens ?? 0,
      record.costUsd ?? 0,
      record.inputTokens === null && record.outputTokens === null ? 1 : 0,
      record.costUsd === null ? 1 : 0,
    ];
    const first = key.length + 1;
    if (record.keyName !== null && (row[key.length] === null || record.keyName > (row[key.length] as string))) row[key.length] = record.keyName;
    measures.forEach((value, index) => (row[first + index] = (row[first + index] as number) + value));
  }
  return [...rows.values()];
}

function createUsageTable(name: string): string {
  return `CREATE TABLE ${name} (id INTEGER PRIMARY KEY, ${ledgerColumns.map((column) => `${column.name} ${column.sqlite}`).join(", ")})`;
}

/**
 * A file from before records had their own id: `request_id` was the unique key.
 * SQLite cannot drop a column's UNIQUE in place, so the table is rebuilt (in the
 * caller's transaction); old rows keep their request id as their record id.
 */
function upgradeFromRequestIdKey(database: Database.Database, existing: readonly string[]): void {
  const kept = ledgerColumns.map((column) => column.name).filter((name) => name !== "record_id" && existing.includes(name));
  database.exec(createUsageTable("switchyard_usage_upgraded"));
  database.exec(`INSERT INTO switchyard_usage_upgraded (id, record_id, ${kept.join(", ")}) SELECT id, request_id, ${kept.join(", ")} FROM switchyard_usage`);
  database.exec("DROP TABLE switchyard_usage");
  database.exec("ALTER TABLE switchyard_usage_upgraded RENAME TO switchyard_usage");
}
