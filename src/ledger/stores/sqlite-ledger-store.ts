import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { ShadowPair } from "../shadow-pair.js";
import type { UsageRecord } from "../usage-record.js";
import { shadowPairColumns, shadowPairFilter } from "./shadow-pair-columns.js";
import { ledgerColumns, usageAggregateSql, usageIndexes } from "./ledger-columns.js";
import { keyUsageSql, toKeyUsageRow } from "./key-usage-sql.js";
import type { LedgerStore, UsageQuery, UsageRow } from "./ledger-store.js";
import { toUsageRow } from "./to-usage-row.js";
import { createConsoleQueries } from "./console-queries-sql.js";

/**
 * The embedded default: one SQLite file in WAL mode, so the gateway writes while
 * `switchyard usage` reads. Batches are one transaction each; `INSERT OR IGNORE`
 * on the unique record id makes spill-file replays idempotent.
 */
export function createSqliteLedgerStore(path: string): LedgerStore {
  mkdirSync(dirname(path), { recursive: true });
  const database = new Database(path);
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = NORMAL");
  database.pragma("busy_timeout = 5000");
  const names = ledgerColumns.map((column) => column.name);
  let insertStatement: Database.Statement | undefined;

  return {
    kind: "sqlite",
    console: createConsoleQueries({ all: async (sql, parameters) => database.prepare(sql).all(...parameters) as Record<string, unknown>[], placeholder: () => "?", dayExpression: "strftime('%Y-%m-%d', time_ms / 1000, 'unixepoch')" }),
    async migrate() {
      database.transaction(() => {
        const existing = (database.prepare("SELECT name FROM pragma_table_info('switchyard_usage')").all() as { name: string }[]).map((row) => row.name);
        if (existing.length === 0) database.exec(createUsageTable("switchyard_usage"));
        else if (!existing.includes("record_id")) upgradeFromRequestIdKey(database, existing);
        for (const sql of usageIndexes) database.exec(sql);
      }).immediate();
      database.exec(`CREATE TABLE IF NOT EXISTS switchyard_shadow_pairs (${shadowPairColumns.sqlite})`);
      insertStatement = database.prepare(`INSERT OR IGNORE INTO switchyard_usage (${names.join(", ")}) VALUES (${names.map(() => "?").join(", ")})`);
    },
    async insert(records: readonly UsageRecord[]) {
      if (!insertStatement) throw new Error("ledger store used before migrate()");
      const statement = insertStatement;
      database.transaction((batch: readonly UsageRecord[]) => {
        for (const record of batch) statement.run(ledgerColumns.map((column) => column.value(record)));
      })(records);
    },
    async keyUsage(query: UsageQuery) {
      const { where, parameters } = sqliteTimeFilter(query);
      return (database.prepare(keyUsageSql(where)).all(...parameters) as Record<string, unknown>[]).map(toKeyUsageRow);
    },
    async usage(query: UsageQuery): Promise<UsageRow[]> {
      const conditions: string[] = [];
      const parameters: number[] = [];
      if (query.since !== undefined) {
        conditions.push("time_ms >= ?");
        parameters.push(query.since);
      }
      if (query.until !== undefined) {
        conditions.push("time_ms < ?");
        parameters.push(query.until);
      }
      const sql = usageAggregateSql({
        dayExpression: "strftime('%Y-%m-%d', time_ms / 1000, 'unixepoch')",
        where: conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "",
      });
      return (database.prepare(sql).all(...parameters) as Record<string, unknown>[]).map(toUsageRow);
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

function sqliteTimeFilter(query: UsageQuery): { where: string; parameters: number[] } {
  const conditions: string[] = [];
  const parameters: number[] = [];
  if (query.since !== undefined) {
    conditions.push("time_ms >= ?");
    parameters.push(query.since);
  }
  if (query.until !== undefined) {
    conditions.push("time_ms < ?");
    parameters.push(query.until);
  }
  return { where: conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "", parameters };
}
