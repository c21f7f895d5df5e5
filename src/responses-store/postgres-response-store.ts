import pg from "pg";
import type { ResponsesInputItem } from "../protocols/openai-responses/responses-request.js";
import { isLegacyTableMissing } from "./legacy-item-table.js";
import { outputItemIdsOf, parseStoredResponse, responseTextOf, storedSize, type ResponseStore, type StoredResponse } from "./response-store.js";

/** Schema changes in order; each runs once, recorded in switchyard_responses_migrations. Append, never edit. */
const migrations: readonly string[] = [
  // The earlier version's migration 1 also created the per-item table (switchyard_response_items). A store it made
  // has that table and this migration applied; a fresh store never needs it (it exists only for replicas of the
  // earlier version during a rolling upgrade), so since 2026-12-07, before any release, this text no longer makes it.
  `CREATE TABLE IF NOT EXISTS switchyard_responses (
     id TEXT PRIMARY KEY, owner TEXT, created_ms BIGINT NOT NULL, previous_id TEXT,
     size_bytes BIGINT NOT NULL, response TEXT NOT NULL, input_items TEXT NOT NULL);
   CREATE INDEX IF NOT EXISTS switchyard_responses_created ON switchyard_responses (created_ms);`,
  // One row per response: output items are read from its Response, only their ids are indexed; `response` may hold
  // a relayed stream's final event (response_in_event 1). Rows written before read as they did. Expand only: the old
  // item table stays, for replicas of the earlier version still running (legacy-item-table.ts); dropping it is the
  // operator's contract step. (Until 2026-12-07, before any release, this migration also dropped it, which broke
  // those replicas' writes; a store that ran that version simply has no old table. Since then the copy runs only
  // where the old table is, as a fresh store has none: the result is the same wherever the earlier text ran.)
  `ALTER TABLE switchyard_responses ADD COLUMN IF NOT EXISTS response_in_event SMALLINT NOT NULL DEFAULT 0;
   CREATE TABLE IF NOT EXISTS switchyard_response_item_ids (item_id TEXT NOT NULL, response_id TEXT NOT NULL, PRIMARY KEY (item_id, response_id));
   DO $$ BEGIN
     IF to_regclass('switchyard_response_items') IS NOT NULL THEN
       INSERT INTO switchyard_response_item_ids (item_id, response_id) SELECT item_id, response_id FROM switchyard_response_items ON CONFLICT DO NOTHING;
     END IF;
   END $$;`,
];

/** Deletes the item index entries of the responses whose ids are `$1`, listed from their stored output. */
const deleteItemIdsSql = `DELETE FROM switchyard_response_item_ids i
  USING switchyard_responses r, json_array_elements(CASE r.response_in_event WHEN 1 THEN r.response::json->'response'->'output' ELSE r.response::json->'output' END) o
  WHERE r.id = ANY($1) AND i.response_id = r.id AND i.item_id = o->>'id'`;

/**
 * Index entries whose response is gone. Only a replica of the earlier version makes them: it prunes and deletes
 * responses and its own item rows but knows nothing of the index. Lookups join the response row, so they never
 * return such an entry's item; pruning removes them while the old table exists (the contract step then too).
 */
const deleteOrphanItemIdsSql = `DELETE FROM switchyard_response_item_ids i WHERE NOT EXISTS (SELECT 1 FROM switchyard_responses r WHERE r.id = i.response_id)`;

/** An item lookup while the old item table exists: an item an older replica wrote after the upgrade is only there. */
const findItemWithLegacySql = `SELECT id, owner, response, response_in_event FROM (
    SELECT r.id, r.owner, r.created_ms, r.response, r.response_in_event FROM switchyard_response_item_ids i JOIN switchyard_responses r ON r.id = i.response_id WHERE i.item_id = $1
    UNION ALL
    SELECT r.id, r.owner, r.created_ms, r.response, r.response_in_event FROM switchyard_response_items l JOIN switchyard_responses r ON r.id = l.response_id WHERE l.item_id = $1) found
  ORDER BY created_ms DESC LIMIT 1`;

/** Serialises migrations across gateway replicas starting at once (distinct from the ledger's lock). */
const migrationLockId = 0x5377_7972;

interface ResponseRow {
  id: string;
  owner: string | null;
  created_ms: string;
  previous_id: string | null;
  response: string;
  response_in_event: number;
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
  // True while the earlier layout's item table exists (legacy-item-table.ts); found false once the contract step dropped it.
  let legacyKept = false;

  /** Runs `work` on the old table while it exists; once it is found dropped, `without` from then on. */
  async function withLegacy<T>(work: () => Promise<T>, without: () => Promise<T>): Promise<T> {
    if (legacyKept) {
      try {
        return await work();
      } catch (error) {
        if (!isLegacyTableMissing(error)) throw error;
        legacyKept = false;
      }
    }
    return without();
  }

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
  const removeRows = async (client: pg.PoolClient, ids: readonly string[]): Promise<number> => {
    await client.query(deleteItemIdsSql, [ids]);
    return (await client.query("DELETE FROM switchyard_responses WHERE id = ANY($1)", [ids])).rowCount ?? 0;
  };
  const remove = async (ids: readonly string[]): Promise<number> => {
    const removed = await transaction((client) => removeRows(client, ids));
    // After the commit, not in it: a missing old table would abort the transaction. Its rows of deleted responses
    // are unreachable (lookups join the response row); deleted so they do not pile up.
    await withLegacy(async () => void (await pool.query("DELETE FROM switchyard_response_items WHERE response_id = ANY($1)", [ids])), async () => undefined);
    return removed;
  };

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
        legacyKept = (await client.query<{ kept: boolean }>("SELECT to_regclass('switchyard_response_items') IS NOT NULL AS kept")).rows[0]?.kept === true;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [migrationLockId]).catch(() => undefined);
        client.release();
      }
    },
    async put(stored: StoredResponse) {
      const { text, inEvent } = responseTextOf(stored);
      const inputJson = JSON.stringify(stored.inputItems);
      // One statement, so one round trip and atomic without BEGIN/COMMIT: the row, then its output items' ids.
      await pool.query(
        `WITH saved AS (
           INSERT INTO switchyard_responses (id, owner, created_ms, previous_id, size_bytes, response, response_in_event, input_items) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (id) DO UPDATE SET response = EXCLUDED.response, response_in_event = EXCLUDED.response_in_event, input_items = EXCLUDED.input_items, size_bytes = EXCLUDED.size_bytes
           RETURNING id)
         INSERT INTO switchyard_response_item_ids (item_id, response_id) SELECT item_id, saved.id FROM saved, unnest($9::text[]) AS item_id ON CONFLICT DO NOTHING`,
        [stored.id, stored.owner ?? null, stored.createdAtMs, stored.previousResponseId ?? null, storedSize(text, inputJson), text, inEvent ? 1 : 0, inputJson, outputItemIdsOf(stored)],
      );
    },
    async get(id) {
      const { rows } = await pool.query<ResponseRow>("SELECT id, owner, created_ms, previous_id, response, response_in_event, input_items FROM switchyard_responses WHERE id = $1", [id]);
      const row = rows[0];
      return row && {
        id: row.id,
        owner: row.owner ?? undefined,
        createdAtMs: Number(row.created_ms),
        previousResponseId: row.previous_id ?? undefined,
        response: parseStoredResponse(row.response, row.response_in_event === 1),
        inputItems: JSON.parse(row.input_items) as ResponsesInputItem[],
      };
    },
    async delete(id) {
      return (await remove([id])) > 0;
    },
    async findOutputItem(itemId) {
      type FoundRow = Pick<ResponseRow, "id" | "owner" | "response" | "response_in_event">;
      const { rows } = await withLegacy(
        () => pool.query<FoundRow>(findItemWithLegacySql, [itemId]),
        () => pool.query<FoundRow>("SELECT r.id, r.owner, r.response, r.response_in_event FROM switchyard_response_item_ids i JOIN switchyard_responses r ON r.id = i.response_id WHERE i.item_id = $1 ORDER BY r.created_ms DESC LIMIT 1", [itemId]),
      );
      const row = rows[0];
      const item = row && parseStoredResponse(row.response, row.response_in_event === 1).output.find((found) => found.id === itemId);
      return item && { responseId: row.id, owner: row.owner ?? undefined, item };
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
      const removed = rows.length === 0 ? 0 : await remove(rows.map((row) => row.id));
      // While replicas of the earlier version may run (the old table exists), they leave index entries of what they prune.
      if (legacyKept) await pool.query(deleteOrphanItemIdsSql);
      return removed;
    },
    async close() {
      await pool.end();
    },
  };
}
