import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { keyFromRow, rowValues, type KeyRow, type KeyStore } from "./key-store.js";
import type { VirtualKey } from "./virtual-key.js";

/**
 * Governance's migrations, in order; applied once each and tracked in our own
 * table (not `PRAGMA user_version`, which belongs to whoever else shares the file:
 * the ledger does).
 */
const migrations: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS switchyard_keys (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     secret_hash TEXT NOT NULL UNIQUE,
     secret_hint TEXT NOT NULL,
     models TEXT NOT NULL,
     budget_usd REAL,
     budget_period TEXT,
     rpm INTEGER,
     tpm INTEGER,
     created_at TEXT NOT NULL,
     revoked_at TEXT
   )`,
];

/** Key records in the ledger's SQLite file (WAL, so the gateway reads while the CLI writes). */
export class SqliteKeyStore implements KeyStore {
  private readonly database: Database.Database;

  constructor(path: string) {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    this.database = new Database(path);
    this.database.pragma("journal_mode = WAL");
    // The ledger writes to the same file; wait for its lock instead of failing.
    this.database.pragma("busy_timeout = 5000");
    this.migrate();
  }

  private migrate(): void {
    const apply = this.database.transaction(() => {
      this.database.exec("CREATE TABLE IF NOT EXISTS switchyard_keys_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
      const row = this.database.prepare("SELECT COALESCE(MAX(version), 0) AS version FROM switchyard_keys_migrations").get() as { version: number };
      for (let version = row.version + 1; version <= migrations.length; version++) {
        this.database.exec(migrations[version - 1]!);
        this.database.prepare("INSERT INTO switchyard_keys_migrations (version, applied_at) VALUES (?, ?)").run(version, new Date().toISOString());
      }
    });
    // IMMEDIATE takes the write lock up front, so two processes starting together migrate one after the other.
    apply.immediate();
  }

  async list(): Promise<readonly VirtualKey[]> {
    return (this.database.prepare("SELECT * FROM switchyard_keys ORDER BY created_at, id").all() as KeyRow[]).map(keyFromRow);
  }

  async insert(key: VirtualKey): Promise<void> {
    this.database
      .prepare("INSERT INTO switchyard_keys (id, name, secret_hash, secret_hint, models, budget_usd, budget_period, rpm, tpm, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
      .run(...rowValues(key));
  }

  async revoke(id: string, at: Date): Promise<VirtualKey | undefined> {
    this.database.prepare("UPDATE switchyard_keys SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?").run(at.toISOString(), id);
    const row = this.database.prepare("SELECT * FROM switchyard_keys WHERE id = ?").get(id) as KeyRow | undefined;
    return row ? keyFromRow(row) : undefined;
  }

  async close(): Promise<void> {
    this.database.close();
  }
}
