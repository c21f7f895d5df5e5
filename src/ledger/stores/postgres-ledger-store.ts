import pg from "pg";
import type { ShadowPair } from "../shadow-pair.js";
import type { UsageRecord } from "../usage-record.js";
import { shadowPairColumns, shadowPairFilter } from "./shadow-pair-columns.js";
import { ledgerColumns, usageAggregateSql, usageIndexes } from "./ledger-columns.js";
import type { LedgerStore, UsageQuery, UsageRow } from "./ledger-store.js";
import { toUsageRow } from "./to-usage-row.js";
import { keyUsageSql, toKeyUsageRow } from "./key-usage-sql.js";
import { createConsoleQueries } from "./console-queries-sql.js";

/** Schema changes in order; each runs once, recorded in switchyard_migrations. Append, never edit. */
const migrations: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS switchyard_usage (id BIGSERIAL PRIMARY KEY, ${ledgerColumns.map((column) => `${column.name} ${column.postgres}`).join(", ")});
   CREATE INDEX IF NOT EXISTS switchyard_usage_time ON switchyard_usage (time_ms);`,
  `CREATE TABLE IF NOT EXISTS switchyard_shadow_pairs (${shadowPairColumns.postgres});`,
  // Records get a gateway-generated key; the client's x-request-id stops being unique (clients reuse it).
  // On a table created by migration 1 of this version, every statement is a no-op.
  `ALTER TABLE switchyard_usage ADD COLUMN IF NOT EXISTS record_id TEXT;
   UPDATE switchyard_usage SET record_id = request_id WHERE record_id IS NULL;
   ALTER TABLE switchyard_usage ALTER COLUMN record_id SET NOT NULL;
   ALTER TABLE switchyard_usage DROP CONSTRAINT IF EXISTS switchyard_usage_request_id_key;
   ${usageIndexes.join(";\n   ")};`,
];

/** Serialises migrations across gateway replicas starting at once. */
const migrationLockId = 0x5377_7961;

/**
 * PostgreSQL store for many replicas writing one ledger. The pool is bounded
 * (`ledger.pool_size`) and batches are one multi-row INSERT each, so the ledger
 * needs one connection per flush, not one per request. Connection attempts time
 * out quickly so an outage is noticed and records go to the spill path.
 */
export function createPostgresLedgerStore(options: { url: string; poolSize: number }): LedgerStore {
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize, connectionTimeoutMillis: 2000, idleTimeoutMillis: 10_000 });
  // An idle client losing its connection must not crash the gateway; the next query reconnects.
  pool.on("error", () => undefined);
  const names = ledgerColumns.map((column) => column.name);

  return {
    kind: "postgres",
    console: createConsoleQueries({
      all: async (sql, parameters) => (await pool.query<Record<string, unknown>>(sql, [...parameters])).rows,
      placeholder: (index) => `$${index}`,
      dayExpression: "to_char(to_timestamp(time_ms / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD')",
    }),
    async migrate() {
      const client = await pool.connect();
      try {
        await client.query("SELECT pg_advisory_lock($1)", [migrationLockId]);
        await client.query("CREATE TABLE IF NOT EXISTS switchyard_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
        const applied = new Set((await client.query<{ version: number }>("SELECT version FROM switchyard_migrations")).rows.map((row) => row.version));
        for (const [index, sql] of migrations.entries()) {
          const version = index + 1;
          if (applied.has(version)) continue;
          await client.query("BEGIN");
          await client.query(sql);
          await client.query("INSERT INTO switchyard_migrations (version) VALUES ($1)", [version]);
          await client.query("COMMIT");
        }
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [migrationLockId]).catch(() => undefined);
        client.release();
      }
    },
    async insert(records: readonly UsageRecord[]) {
      if (records.length === 0) return;
      const values: unknown[] = [];
      const rows = records.map((record) => {
        const placeholders = ledgerColumns.map((column) => {
          values.push(column.value(record));
          return `$${values.length}`;
        });
        return `(${placeholders.join(", ")})`;
      });
      await pool.query(`INSERT INTO switchyard_usage (${names.join(", ")}) VALUES ${rows.join(", ")} ON CONFLICT (record_id) DO NOTHING`, values);
    },
    async keyUsage(query: UsageQuery) {
      const parameters: number[] = [];
      const conditions: string[] = [];
      if (query.since !== undefined) conditions.push(`time_ms >= $${parameters.push(query.since)}`);
      if (query.until !== undefined) conditions.push(`time_ms < $${parameters.push(query.until)}`);
      const sql = keyUsageSql(conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "");
      return (await pool.query(sql, parameters)).rows.map((row: Record<string, unknown>) => toKeyUsageRow(row));
    },
    async usage(query: UsageQuery): Promise<UsageRow[]> {
      const conditions: string[] = [];
      const parameters: number[] = [];
      if (query.since !== undefined) {
        parameters.push(query.since);
        conditions.push(`time_ms >= $${parameters.length}`);
      }
      if (query.until !== undefined) {
        parameters.push(query.until);
        conditions.push(`time_ms < $${parameters.length}`);
      }
      const sql = usageAggregateSql({
        dayExpression: "to_char(to_timestamp(time_ms / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD')",
        where: conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "",
      });
      return (await pool.query(sql, parameters)).rows.map((row: Record<string, unknown>) => toUsageRow(row));
    },
    async insertShadowPairs(pairs) {
      if (pairs.length === 0) return;
      const values: unknown[] = [];
      const rows = pairs.map((pair) => {
        values.push(pair.id, pair.time, pair.route, JSON.stringify(pair));
        const base = values.length - 4;
        return `($${base + 1}, $${base + 2}, $${base + 3}, $${base + 4})`;
      });
      await pool.query(`INSERT INTO switchyard_shadow_pairs (id, time_ms, route, pair) VALUES ${rows.join(", ")} ON CONFLICT (id) DO NOTHING`, values);
    },
    async shadowPairs(query) {
      let index = 0;
      const { where, parameters } = shadowPairFilter(query, () => `$${++index}`);
      const result = await pool.query<{ pair: ShadowPair }>(`SELECT pair FROM switchyard_shadow_pairs ${where} ORDER BY time_ms DESC LIMIT ${query.limit ?? 100_000}`, parameters);
      return result.rows.map((row) => row.pair);
    },
    async count() {
      return Number((await pool.query<{ n: string }>("SELECT COUNT(*) AS n FROM switchyard_usage")).rows[0]?.n ?? 0);
    },
    async close() {
      await pool.end();
    },
  };
}
