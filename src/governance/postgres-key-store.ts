import pg from "pg";
import { keyFromRow, rowValues, type KeyRow, type KeyStore } from "./key-store.js";
import type { VirtualKey } from "./virtual-key.js";

const migrations: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS switchyard_keys (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     secret_hash TEXT NOT NULL UNIQUE,
     secret_hint TEXT NOT NULL,
     models TEXT NOT NULL,
     budget_usd DOUBLE PRECISION,
     budget_period TEXT,
     rpm INTEGER,
     tpm BIGINT,
     created_at TIMESTAMPTZ NOT NULL,
     revoked_at TIMESTAMPTZ
   )`,
];

/** Any fixed number: the advisory lock that serialises migrations when several replicas start at once. */
const migrationLockId = 0x5357_4b59;

/**
 * Key records in the ledger's PostgreSQL database. A small pool of its own (2):
 * key traffic is one small SELECT every few seconds, and must not compete with
 * the ledger's writers for connections.
 */
export class PostgresKeyStore implements KeyStore {
  private readonly pool: pg.Pool;

  private constructor(pool: pg.Pool) {
    this.pool = pool;
  }

  static async open(url: string): Promise<PostgresKeyStore> {
    const pool = new pg.Pool({ connectionString: url, max: 2, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 5_000 });
    // An idle client that errors (server restart) must not crash the process; the next query reconnects.
    pool.on("error", () => undefined);
    const store = new PostgresKeyStore(pool);
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
      await client.query("CREATE TABLE IF NOT EXISTS switchyard_keys_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
      const { rows } = await client.query<{ version: number }>("SELECT COALESCE(MAX(version), 0) AS version FROM switchyard_keys_migrations");
      for (let version = (rows[0]?.version ?? 0) + 1; version <= migrations.length; version++) {
        await client.query(migrations[version - 1]!);
        await client.query("INSERT INTO switchyard_keys_migrations (version) VALUES ($1)", [version]);
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async list(): Promise<readonly VirtualKey[]> {
    const { rows } = await this.pool.query<KeyRow>("SELECT * FROM switchyard_keys ORDER BY created_at, id");
    return rows.map(keyFromRow);
  }

  async insert(key: VirtualKey): Promise<void> {
    await this.pool.query(
      "INSERT INTO switchyard_keys (id, name, secret_hash, secret_hint, models, budget_usd, budget_period, rpm, tpm, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
      rowValues(key),
    );
  }

  async revoke(id: string, at: Date): Promise<VirtualKey | undefined> {
    const { rows } = await this.pool.query<KeyRow>("UPDATE switchyard_keys SET revoked_at = COALESCE(revoked_at, $1) WHERE id = $2 RETURNING *", [at.toISOString(), id]);
    return rows[0] ? keyFromRow(rows[0]) : undefined;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
