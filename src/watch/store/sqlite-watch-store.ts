import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { WatchSummary } from "../watch-summary.js";
import type { WatchedModel } from "../watched-model.js";
import type { StoredWatchRun, WatchSnapshot, WatchStore } from "./watch-store.js";

/**
 * Watch's migrations, in order; applied once each and tracked in a table of its own
 * (the ledger and the key store share the file and keep their own).
 */
const migrations: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS switchyard_watch_snapshots (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     source TEXT NOT NULL,
     url TEXT NOT NULL,
     fetched_at_ms INTEGER NOT NULL,
     etag TEXT,
     last_modified TEXT,
     content_hash TEXT NOT NULL,
     models TEXT NOT NULL
   );
   CREATE INDEX IF NOT EXISTS switchyard_watch_snapshots_source ON switchyard_watch_snapshots (source, id);
   CREATE TABLE IF NOT EXISTS switchyard_watch_runs (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     ran_at_ms INTEGER NOT NULL,
     summary TEXT NOT NULL
   );
   CREATE INDEX IF NOT EXISTS switchyard_watch_runs_time ON switchyard_watch_runs (ran_at_ms);`,
];

interface SnapshotRow {
  source: string;
  url: string;
  fetched_at_ms: number;
  etag: string | null;
  last_modified: string | null;
  content_hash: string;
  models: string;
}

/** Watch tables in the ledger's SQLite file (WAL, shared with the gateway's writer). */
export class SqliteWatchStore implements WatchStore {
  readonly kind = "sqlite";
  private readonly database: Database.Database;

  constructor(path: string) {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    this.database = new Database(path);
    this.database.pragma("journal_mode = WAL");
    this.database.pragma("busy_timeout = 5000");
    this.migrate();
  }

  private migrate(): void {
    const apply = this.database.transaction(() => {
      this.database.exec("CREATE TABLE IF NOT EXISTS switchyard_watch_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
      const row = this.database.prepare("SELECT COALESCE(MAX(version), 0) AS version FROM switchyard_watch_migrations").get() as { version: number };
      for (let version = row.version + 1; version <= migrations.length; version++) {
        this.database.exec(migrations[version - 1]!);
        this.database.prepare("INSERT INTO switchyard_watch_migrations (version, applied_at) VALUES (?, ?)").run(version, new Date().toISOString());
      }
    });
    apply.immediate();
  }

  async latestSnapshot(source: string): Promise<WatchSnapshot | undefined> {
    const row = this.database.prepare("SELECT * FROM switchyard_watch_snapshots WHERE source = ? ORDER BY id DESC LIMIT 1").get(source) as SnapshotRow | undefined;
    if (row === undefined) return undefined;
    return {
      source: row.source,
      url: row.url,
      fetchedAt: new Date(row.fetched_at_ms).toISOString(),
      etag: row.etag,
      lastModified: row.last_modified,
      contentHash: row.content_hash,
      models: JSON.parse(row.models) as WatchedModel[],
    };
  }

  async saveSnapshot(snapshot: WatchSnapshot): Promise<void> {
    this.database
      .prepare("INSERT INTO switchyard_watch_snapshots (source, url, fetched_at_ms, etag, last_modified, content_hash, models) VALUES (?, ?, ?, ?, ?, ?, ?)")
      .run(snapshot.source, snapshot.url, Date.parse(snapshot.fetchedAt), snapshot.etag, snapshot.lastModified, snapshot.contentHash, JSON.stringify(snapshot.models));
  }

  async saveRun(run: StoredWatchRun): Promise<void> {
    this.database.prepare("INSERT INTO switchyard_watch_runs (ran_at_ms, summary) VALUES (?, ?)").run(Date.parse(run.ranAt), JSON.stringify(run.summary));
  }

  async latestRun(): Promise<StoredWatchRun | undefined> {
    const row = this.database.prepare("SELECT ran_at_ms, summary FROM switchyard_watch_runs ORDER BY ran_at_ms DESC, id DESC LIMIT 1").get() as RunRow | undefined;
    return row === undefined ? undefined : runFromRow(row);
  }

  async runsSince(since: string): Promise<StoredWatchRun[]> {
    const rows = this.database.prepare("SELECT ran_at_ms, summary FROM switchyard_watch_runs WHERE ran_at_ms >= ? ORDER BY ran_at_ms, id").all(Date.parse(since)) as RunRow[];
    return rows.map(runFromRow);
  }

  async close(): Promise<void> {
    this.database.close();
  }
}

interface RunRow {
  ran_at_ms: number;
  summary: string;
}

function runFromRow(row: RunRow): StoredWatchRun {
  return { ranAt: new Date(row.ran_at_ms).toISOString(), summary: JSON.parse(row.summary) as WatchSummary };
}
