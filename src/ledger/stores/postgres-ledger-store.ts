import pg from "pg";
import type { ShadowPair } from "../shadow-pair.js";
import type { UsageRecord } from "../usage-record.js";
import { shadowPairColumns, shadowPairFilter } from "./shadow-pair-columns.js";
import { createConsoleQueries } from "./console-queries-sql.js";
import { ledgerColumns, usageIndexes } from "./ledger-columns.js";
import type { AggregateQuery, LedgerStore, UsageQuery } from "./ledger-store.js";
import { toAggregateRow, toKeyUsageRows, toUsageRow, usageTableDimensions } from "./to-usage-row.js";
import { consoleRollups, consoleRollupSelectSql, consoleRollupUpsertSql, createConsoleRollupTableSql } from "./console-rollup-sql.js";
import { aggregateSql, createRollupTableSql, rollupSelectSql, rollupUpsertSql } from "./usage-rollup-sql.js";
import { monthOf, monthPartitionSql, partitionMonth } from "./usage-partitions.js";

type Migration = string | ((client: pg.PoolClient) => Promise<void>);

const columnList = ledgerColumns.map((column) => `${column.name} ${column.postgres}`).join(", ");

/** Schema changes in order; each runs once, recorded in switchyard_migrations. Append, never edit. */
const migrations: readonly Migration[] = [
  `CREATE TABLE IF NOT EXISTS switchyard_usage (id BIGSERIAL PRIMARY KEY, ${columnList});
   CREATE INDEX IF NOT EXISTS switchyard_usage_time ON switchyard_usage (time_ms);`,
  `CREATE TABLE IF NOT EXISTS switchyard_shadow_pairs (${shadowPairColumns.postgres});`,
  // Records get a gateway-generated key; the client's x-request-id stops being unique (clients reuse it).
  // On a table created by migration 1 of this version, every statement is a no-op.
  `ALTER TABLE switchyard_usage ADD COLUMN IF NOT EXISTS record_id TEXT;
   UPDATE switchyard_usage SET record_id = request_id WHERE record_id IS NULL;
   ALTER TABLE switchyard_usage ALTER COLUMN record_id SET NOT NULL;
   ALTER TABLE switchyard_usage DROP CONSTRAINT IF EXISTS switchyard_usage_request_id_key;
   ${usageIndexes.join(";\n   ")};`,
  // The daily rollup, built once from the rows already there; inserts keep it current from now on.
  `${createRollupTableSql("postgres")};
   ${rollupUpsertSql(rollupSelectSql("switchyard_usage"))};
   CREATE INDEX IF NOT EXISTS switchyard_shadow_pairs_time ON switchyard_shadow_pairs (time_ms);`,
  partitionByMonth,
  // The console's rollups, built once from the rows already there; inserts keep them current from now on.
  consoleRollups.map((rollup) => `${createConsoleRollupTableSql("postgres", rollup)};\n   ${consoleRollupUpsertSql(rollup, consoleRollupSelectSql(rollup, "switchyard_usage"))};`).join("\n   "),
];

/** Serialises migrations across gateway replicas starting at once. */
const migrationLockId = 0x5377_7961;

/**
 * The usage table becomes partitioned by month of `time_ms`, in place: the old
 * table is renamed, the partitioned one created with the same columns, the
 * months the old rows span get their partitions, the rows are copied (ids kept)
 * and the old table dropped, all in the migration's transaction. Retention then
 * drops whole months instead of deleting rows. A partitioned table's unique
 * index must contain the partition key, so the idempotency key becomes
 * (record_id, time_ms): a replayed record carries its original time, so it still
 * conflicts.
 */
async function partitionByMonth(client: pg.PoolClient): Promise<void> {
  await client.query("ALTER TABLE switchyard_usage RENAME TO switchyard_usage_unpartitioned");
  await client.query("DROP INDEX IF EXISTS switchyard_usage_record_id, switchyard_usage_request_id, switchyard_usage_time");
  await client.query(`CREATE TABLE switchyard_usage (id BIGSERIAL NOT NULL, ${columnList}) PARTITION BY RANGE (time_ms)`);
  await client.query("CREATE UNIQUE INDEX switchyard_usage_record_id ON switchyard_usage (record_id, time_ms)");
  await client.query("CREATE INDEX switchyard_usage_request_id ON switchyard_usage (request_id)");
  await client.query("CREATE INDEX switchyard_usage_time ON switchyard_usage (time_ms)");
  const span = (await client.query<{ first: string | null; last: string | null }>("SELECT MIN(time_ms) AS first, MAX(time_ms) AS last FROM switchyard_usage_unpartitioned")).rows[0];
  if (span?.first != null && span.last != null) {
    for (let month = monthOf(Number(span.first)); month.start <= Number(span.last); month = partitionMonth(month.end)) await client.query(monthPartitionSql(month));
  }
  const names = ledgerColumns.map((column) => column.name).join(", ");
  await client.query(`INSERT INTO switchyard_usage (id, ${names}) SELECT id, ${names} FROM switchyard_usage_unpartitioned`);
  await client.query("SELECT setval(pg_get_serial_sequence('switchyard_usage', 'id'), GREATEST((SELECT MAX(id) FROM switchyard_usage), 1))");
  await client.query("DROP TABLE switchyard_usage_unpartitioned");
}

/**
 * PostgreSQL store for many replicas writing one ledger. The pool is bounded
 * (`ledger.pool_size`) and batches are one statement each (the multi-row INSERT
 * and the rollup upsert of the rows it actually inserted), so the ledger needs
 * one connection per flush, not one per request. Connection attempts time out
 * quickly so an outage is noticed and records go to the spill path.
 */
export function createPostgresLedgerStore(options: { url: string; poolSize: number }): LedgerStore {
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize, connectionTimeoutMillis: 2000, idleTimeoutMillis: 10_000 });
  // An idle client losing its connection must not crash the gateway; the next query reconnects.
  pool.on("error", () => undefined);
  const names = ledgerColumns.map((column) => column.name);
  /** Month starts whose partition this process has seen exist. */
  const partitions = new Set<number>();

  const ensurePartitions = async (times: readonly number[]): Promise<void> => {
    for (const month of new Map(times.map((time) => [monthOf(time).start, monthOf(time)])).values()) {
      if (partitions.has(month.start)) continue;
      try {
        await pool.query(monthPartitionSql(month));
      } catch (error) {
        // Another replica created it between our IF NOT EXISTS check and the create.
        const code = (error as { code?: string }).code;
        if (code !== "42P07" && code !== "23505") throw error;
      }
      partitions.add(month.start);
    }
  };

  const aggregate = async (query: AggregateQuery) => {
    let index = 0;
    const { sql, parameters } = aggregateSql(query, () => `$${++index}`);
    return (await pool.query(sql, parameters)).rows.map((row: Record<string, unknown>) => toAggregateRow(row, query.by));
  };

  return {
    kind: "postgres",
    console: createConsoleQueries({
      all: async (sql, parameters) => (await pool.query<Record<string, unknown>>(sql, [...parameters])).rows,
      placeholder: (index) => `$${index}`,
    }),
    async migrate() {
      const client = await pool.connect();
      try {
        await client.query("SELECT pg_advisory_lock($1)", [migrationLockId]);
        await client.query("CREATE TABLE IF NOT EXISTS switchyard_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
        const applied = new Set((await client.query<{ version: number }>("SELECT version FROM switchyard_migrations")).rows.map((row) => row.version));
        for (const [index, migration] of migrations.entries()) {
          const version = index + 1;
          if (applied.has(version)) continue;
          await client.query("BEGIN");
          if (typeof migration === "string") await client.query(migration);
          else await migration(client);
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
      // This month and the next exist before any insert needs them (and before a month boundary).
      const now = Date.now();
      await ensurePartitions([now, monthOf(now).end]);
    },
    async insert(records: readonly UsageRecord[]) {
      if (records.length === 0) return;
      await ensurePartitions(records.map((record) => record.time));
      const values: unknown[] = [];
      const rows = records.map((record) => {
        const placeholders = ledgerColumns.map((column) => {
          values.push(column.value(record));
          return `$${values.length}`;
        });
        return `(${placeholders.join(", ")})`;
      });
      await pool.query(
        `WITH inserted AS (
          INSERT INTO switchyard_usage (${names.join(", ")}) VALUES ${rows.join(", ")}
          ON CONFLICT (record_id, time_ms) DO NOTHING
          RETURNING *),
        ${consoleRollups.map((rollup) => `${rollup.table}_batch AS (${consoleRollupUpsertSql(rollup, consoleRollupSelectSql(rollup, "inserted"))})`).join(",\n        ")}
        ${rollupUpsertSql(rollupSelectSql("inserted"))}`,
        values,
      );
    },
    aggregate,
    async keyUsage(query: UsageQuery) {
      return toKeyUsageRows(await aggregate({ ...query, by: ["key"] }));
    },
    async usage(query: UsageQuery) {
      return (await aggregate({ ...query, by: usageTableDimensions })).map(toUsageRow);
    },
    async prune(before: number) {
      const children = await pool.query<{ name: string }>("SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'switchyard_usage'::regclass");
      let partitionsDropped = 0;
      for (const { name } of children.rows) {
        const match = /^switchyard_usage_p(\d{4})(\d{2})$/.exec(name);
        if (!match) continue;
        const month = partitionMonth(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
        if (month.end > before) continue;
        await pool.query(`DROP TABLE IF EXISTS ${name}`);
        partitions.delete(month.start);
        partitionsDropped++;
      }
      // The month that straddles the cutoff loses its older days row by row (through the time index).
      const rows = (await pool.query("DELETE FROM switchyard_usage WHERE time_ms < $1", [before])).rowCount ?? 0;
      const rollupRows = (await pool.query("DELETE FROM switchyard_usage_daily WHERE day_ms < $1", [before])).rowCount ?? 0;
      for (const rollup of consoleRollups) await pool.query(`DELETE FROM ${rollup.table} WHERE time_ms < $1`, [before]);
      await pool.query("DELETE FROM switchyard_shadow_pairs WHERE time_ms < $1", [before]);
      return { rows, rollupRows, partitionsDropped };
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
