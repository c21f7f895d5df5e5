import pg from "pg";
import type { WatchSummary } from "../watch-summary.js";
import type { WatchedModel } from "../watched-model.js";
import type { StoredWatchRun, WatchSnapshot, WatchStore } from "./watch-store.js";

/** Append, never edit: each runs once, recorded in switchyard_watch_migrations. */
const migrations: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS switchyard_watch_snapshots (
     id BIGSERIAL PRIMARY KEY,
     source TEXT NOT NULL,
     url TEXT NOT NULL,
     fetched_at_ms BIGINT NOT NULL,
     etag TEXT,
     last_modified TEXT,
     content_hash TEXT NOT NULL,
     models JSONB NOT NULL
   );
   CREATE INDEX IF NOT EXISTS switchyard_watch_snapshots_source ON switchyard_watch_snapshots (source, id);
   CREATE TABLE IF NOT EXISTS switchyard_watch_runs (
     id BIGSERIAL PRIMARY KEY,
     ran_at_ms BIGINT NOT NULL,
     summary JSONB NOT NULL
   );
   CREATE INDEX IF NOT EXISTS switchyard_watch_runs_time ON switchyard_watch_runs (ran_at_ms);`,
];

/** Any fixed number: serialises migrations when two watch runs start at once. */
const migrationLockId = 0x5357_5754;

interface SnapshotRow {
  source: string;
  url: string;
  fetched_at_ms: string;
  etag: string | null;
  last_modified: string | null;
  content_hash: string;
  models: WatchedModel[];
}

interface RunRow {
  ran_at_ms: string;
  summary: WatchSummary;
}

/** Watch tables in the ledger's PostgreSQL database, with a small pool of its own (a CLI run needs one connection). */
export class PostgresWatchStore implements WatchStore {
  readonly kind = "postgres";
  private readonly pool: pg.Pool;

  private constructor(pool: pg.Pool) {
    this.pool = pool;
  }

  static async open(url: string): Promise<PostgresWatchStore> {
    const pool = new pg.Pool({ connectionString: url, max: 2, idleTimeoutMillis: 10_000, connectionTimeoutMillis: 5_000 });
    pool.on("error", () => undefined);
    const store = new PostgresWatchStore(pool);
    try {
      await store.migrate();
    } catch (error) {
      await pool.end();
      throw error;
    }
    return store;
  }

  private async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock($1)", [migrationLockId]);
      await client.query("CREATE TABLE IF NOT EXISTS switchyard_watch_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
      const { rows } = await client.query<{ version: number }>("SELECT COALESCE(MAX(version), 0) AS version FROM switchyard_watch_migrations");
      for (let version = (rows[0]?.version ?? 0) + 1; version <= migrations.length; version++) {
        await client.query(migrations[version - 1]!);
        await client.query("INSERT INTO switchyard_watch_migrations (version) VALUES ($1)", [version]);
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async latestSnapshot(source: string): Promise<WatchSnapshot | undefined> {
    const { rows } = await this.pool.query<SnapshotRow>("SELECT * FROM switchyard_watch_snapshots WHERE source = $1 ORDER BY id DESC LIMIT 1", [source]);
    const row = rows[0];
    if (row === undefined) return undefined;
    return {
      source: row.source,
      url: row.url,
      fetchedAt: new Date(Number(row.fetched_at_ms)).toISOString(),
      etag: row.etag,
      lastModified: row.last_modified,
      contentHash: row.content_hash,
      models: row.models,
    };
  }

  async saveSnapshot(snapshot: WatchSnapshot): Promise<void> {
    await this.pool.query(
      "INSERT INTO switchyard_watch_snapshots (source, url, fetched_at_ms, etag, last_modified, content_hash, models) VALUES ($1, $2, $3, $4, $5, $6, $7)",
      [snapshot.source, snapshot.url, Date.parse(snapshot.fetchedAt), snapshot.etag, snapshot.lastModified, snapshot.contentHash, JSON.stringify(snapshot.models)],
    );
  }

  async saveRun(run: StoredWatchRun): Promise<void> {
    await this.pool.query("INSERT INTO switchyard_watch_runs (ran_at_ms, summary) VALUES ($1, $2)", [Date.parse(run.ranAt), JSON.stringify(run.summary)]);
  }

  async latestRun(): Promise<StoredWatchRun | undefined> {
    const { rows } = await this.pool.query<RunRow>("SELECT ran_at_ms, summary FROM switchyard_watch_runs ORDER BY ran_at_ms DESC, id DESC LIMIT 1");
    const row = rows[0];
    return row === undefined ? undefined : runFromRow(row);
  }

  async runsSince(since: string): Promise<StoredWatchRun[]> {
    const { rows } = await this.pool.query<RunRow>("SELECT ran_at_ms, summary FROM switchyard_watch_runs WHERE ran_at_ms >= $1 ORDER BY ran_at_ms, id", [Date.parse(since)]);
    return rows.map(runFromRow);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

function runFromRow(row: RunRow): StoredWatchRun {
  return { ranAt: new Date(Number(row.ran_at_ms)).toISOString(), summary: row.summary };
}
