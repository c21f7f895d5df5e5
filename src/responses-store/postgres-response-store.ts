import pg from "pg";
import type { ResponsesObject, ResponsesOutputItem } from "../protocols/openai-responses/responses-object.js";
import type { ResponsesInputItem } from "../protocols/openai-responses/responses-request.js";
import { storedSize, type ResponseStore, type StoredResponse } from "./response-store.js";

/** Schema changes in order; each runs once, recorded in switchyard_responses_migrations. Append, never edit. */
const migrations: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS switchyard_responses (
     id TEXT PRIMARY KEY, owner TEXT, created_ms BIGINT NOT NULL, previous_id TEXT,
     size_bytes BIGINT NOT NULL, response TEXT NOT NULL, input_items TEXT NOT NULL);
   CREATE INDEX IF NOT EXISTS switchyard_responses_created ON switchyard_responses (created_ms);
   CREATE TABLE IF NOT EXISTS switchyard_response_items (
     item_id TEXT NOT NULL, response_id TEXT NOT NULL, item TEXT NOT NULL, PRIMARY KEY (item_id, response_id));
   CREATE INDEX IF NOT EXISTS switchyard_response_items_response ON switchyard_response_items (response_id);`,
];

/** Serialises migrations across gateway replicas starting at once (distinct from the ledger's lock). */
const migrationLockId = 0x5377_7972;

interface ResponseRow {
  id: string;
  owner: string | null;
  created_ms: string;
  previous_id: string | null;
  response: string;
  input_items: string;
}

/**
 * Responses in PostgreSQL, so every gateway replica continues every conversation.
 * A `put` is committed before it returns; the handler awaits it before the
 * client sees the response end, so a follow-up on another replica finds it.
 */
export function createPostgresResponseStore(options: { url: string; poolSize: number }): ResponseStore {
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize, connectionTimeoutMillis: 2000, idleTimeoutMillis: 10_000 });
  // An idle client losing its connection must not crash the gateway; the next query reconnects.
  pool.on("error", () => undefined);

  async function transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
  const remove = (client: pg.PoolClient, id: string): Promise<pg.QueryResult> =>
    client.query("DELETE FROM switchyard_response_items WHERE response_id = $1", [id]).then(() => client.query("DELETE FROM switchyard_responses WHERE id = $1", [id]));

  return {
    kind: "postgres",
    async migrate() {
      const client = await pool.connect();
      try {
        await client.query("SELECT pg_advisory_lock($1)", [migrationLockId]);
        await client.query("CREATE TABLE IF NOT EXISTS switchyard_responses_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
        const applied = new Set((await client.query<{ version: number }>("SELECT version FROM switchyard_responses_migrations")).rows.map((row) => row.version));
        for (const [index, sql] of migrations.entries()) {
          const version = index + 1;
          if (applied.has(version)) continue;
          await client.query("BEGIN");
          await client.query(sql);
          await client.query("INSERT INTO switchyard_responses_migrations (version) VALUES ($1)", [version]);
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
    async put(stored: StoredResponse) {
      const responseJson = stored.responseJson ?? JSON.stringify(stored.response);
      const inputJson = JSON.stringify(stored.inputItems);
      await transaction(async (client) => {
        await client.query(
          `INSERT INTO switchyard_responses (id, owner, created_ms, previous_id, size_bytes, response, input_items) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (id) DO UPDATE SET response = EXCLUDED.response, input_items = EXCLUDED.input_items, size_bytes = EXCLUDED.size_bytes`,
          [stored.id, stored.owner ?? null, stored.createdAtMs, stored.previousResponseId ?? null, storedSize(responseJson, inputJson), responseJson, inputJson],
        );
        const items = stored.response.output;
        if (items.length > 0) {
          const values: string[] = [];
          const placeholders = items.map((item, index) => {
            values.push(item.id, stored.id, JSON.stringify(item));
            return `($${index * 3 + 1}, $${index * 3 + 2}, $${index * 3 + 3})`;
          });
          await client.query(`INSERT INTO switchyard_response_items (item_id, response_id, item) VALUES ${placeholders.join(", ")} ON CONFLICT DO NOTHING`, values);
        }
      });
    },
    async get(id) {
      const { rows } = await pool.query<ResponseRow>("SELECT id, owner, created_ms, previous_id, response, input_items FROM switchyard_responses WHERE id = $1", [id]);
      const row = rows[0];
      return row && {
        id: row.id,
        owner: row.owner ?? undefined,
        createdAtMs: Number(row.created_ms),
        previousResponseId: row.previous_id ?? undefined,
        response: JSON.parse(row.response) as ResponsesObject,
        inputItems: JSON.parse(row.input_items) as ResponsesInputItem[],
      };
    },
    async delete(id) {
      return transaction(async (client) => ((await remove(client, id)).rowCount ?? 0) > 0);
    },
    async findOutputItem(itemId) {
      const { rows } = await pool.query<{ response_id: string; owner: string | null; item: string }>(
        "SELECT i.response_id, r.owner, i.item FROM switchyard_response_items i JOIN switchyard_responses r ON r.id = i.response_id WHERE i.item_id = $1 ORDER BY r.created_ms DESC LIMIT 1",
        [itemId],
      );
      const row = rows[0];
      return row && { responseId: row.response_id, owner: row.owner ?? undefined, item: JSON.parse(row.item) as ResponsesOutputItem };
    },
    async prune(limits) {
      // Expired by age, then the oldest of what remains while the running total of newer ones exceeds the cap.
      const { rows } = await pool.query<{ id: string }>(
        `SELECT id FROM switchyard_responses WHERE created_ms < $1
         UNION
         SELECT id FROM (SELECT id, SUM(size_bytes) OVER (ORDER BY created_ms DESC, id DESC) AS newer_total FROM switchyard_responses WHERE created_ms >= $1) ranked
         WHERE newer_total > $2`,
        [limits.createdBeforeMs, limits.maxTotalBytes],
      );
      if (rows.length === 0) return 0;
      const ids = rows.map((row) => row.id);
      return transaction(async (client) => {
        await client.query("DELETE FROM switchyard_response_items WHERE response_id = ANY($1)", [ids]);
        return (await client.query("DELETE FROM switchyard_responses WHERE id = ANY($1)", [ids])).rowCount ?? 0;
      });
    },
    async close() {
      await pool.end();
    },
  };
}
