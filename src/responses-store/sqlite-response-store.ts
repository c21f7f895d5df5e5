import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { ResponsesInputItem } from "../protocols/openai-responses/responses-request.js";
import { isLegacyTableMissing } from "./legacy-item-table.js";
import { toRowValues, type ResponseRowValues } from "./response-row-values.js";
import { parseStoredResponse, storedSize, type ResponseStore, type StoredResponse, type WrittenResponse } from "./response-store.js";

interface ResponseRow {
  id: string;
  owner: string | null;
  created_ms: number;
  previous_id: string | null;
  response: string;
  response_in_event: number;
  input_items: string;
}

/** Deletes one response's entries in the item index, listed from its stored output (`@id` the response id). */
const deleteItemIdsSql = `DELETE FROM switchyard_response_item_ids WHERE response_id = @id AND item_id IN (
  SELECT json_extract(o.value, '$.id') FROM switchyard_responses r,
    json_each(r.response, CASE r.response_in_event WHEN 1 THEN '$.response.output' ELSE '$.output' END) o
  WHERE r.id = @id)`;

/** Index entries whose response is gone, left by a process of the earlier version that pruned (see the PostgreSQL store). */
const deleteOrphanItemIdsSql = `DELETE FROM switchyard_response_item_ids WHERE NOT EXISTS (
  SELECT 1 FROM switchyard_responses r WHERE r.id = switchyard_response_item_ids.response_id)`;

/**
 * Responses kept in the ledger's SQLite file, on a connection of their own (WAL
 * lets it write while the ledger does). Writes are synchronous and committed when
 * `put` returns. The gateway runs this store on a worker thread
 * (sqlite-worker-response-store.ts); inline, it serves tests and tools.
 */
export interface SqliteResponseStore extends ResponseStore {
  /** Stores several responses in one transaction, committed when it returns. */
  putMany(written: readonly WrittenResponse[]): void;
  /** The same, for responses as they cross to the writer's thread (response-row-values.ts). */
  putRows(rows: readonly ResponseRowValues[]): void;
}

export function createSqliteResponseStore(path: string): SqliteResponseStore {
  mkdirSync(dirname(path), { recursive: true });
  const database = new Database(path);
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = NORMAL");
  database.pragma("busy_timeout = 5000");
  let statements: ReturnType<typeof prepare> | undefined;
  // Set while the earlier layout's item table exists (legacy-item-table.ts): item lookups read it too.
  let legacy: ReturnType<typeof prepareLegacy> | undefined;

  function prepare() {
    return {
      insert: database.prepare(
        "INSERT OR REPLACE INTO switchyard_responses (id, owner, created_ms, previous_id, size_bytes, response, response_in_event, input_items) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      ),
      insertItemId: database.prepare("INSERT OR IGNORE INTO switchyard_response_item_ids (item_id, response_id) VALUES (?, ?)"),
      get: database.prepare("SELECT id, owner, created_ms, previous_id, response, response_in_event, input_items FROM switchyard_responses WHERE id = ?"),
      deleteResponse: database.prepare("DELETE FROM switchyard_responses WHERE id = ?"),
      deleteItemIds: database.prepare(deleteItemIdsSql),
      findItem: database.prepare(
        "SELECT r.id, r.owner, r.response, r.response_in_event FROM switchyard_response_item_ids i JOIN switchyard_responses r ON r.id = i.response_id WHERE i.item_id = ? ORDER BY r.created_ms DESC LIMIT 1",
      ),
    };
  }
  function prepareLegacy() {
    return {
      // An item an older process wrote after the upgrade is only in the old table; its response row reads as before.
      findItem: database.prepare(`SELECT id, owner, response, response_in_event FROM (
          SELECT r.id, r.owner, r.created_ms, r.response, r.response_in_event FROM switchyard_response_item_ids i JOIN switchyard_responses r ON r.id = i.response_id WHERE i.item_id = @itemId
          UNION ALL
          SELECT r.id, r.owner, r.created_ms, r.response, r.response_in_event FROM switchyard_response_items l JOIN switchyard_responses r ON r.id = l.response_id WHERE l.item_id = @itemId)
        ORDER BY created_ms DESC LIMIT 1`),
      deleteItems: database.prepare("DELETE FROM switchyard_response_items WHERE response_id = ?"),
      deleteOrphanItemIds: database.prepare(deleteOrphanItemIdsSql),
    };
  }
  /** Runs `work` on the old table while it exists; once it is found dropped (the contract step), `without` from then on. */
  function withLegacy<T>(work: (statements: ReturnType<typeof prepareLegacy>) => T, without: () => T): T {
    if (legacy) {
      try {
        return work(legacy);
      } catch (error) {
        if (!isLegacyTableMissing(error)) throw error;
        legacy = undefined;
      }
    }
    return without();
  }
  const ready = (): ReturnType<typeof prepare> => {
    if (!statements) throw new Error("response store used before migrate()");
    return statements;
  };
  const removeRow = database.transaction((id: string): boolean => {
    ready().deleteItemIds.run({ id });
    return ready().deleteResponse.run(id).changes > 0;
  });
  const remove = (id: string): boolean => {
    const removed = removeRow(id);
    // The old table's rows of a deleted response are unreachable (lookups join the response row); deleted so they do not pile up.
    withLegacy((old) => old.deleteItems.run(id), () => undefined);
    return removed;
  };

  // One transaction for many: the writer thread commits what the gateway gathered (see sqlite-worker-response-store.ts).
  // One row per response; its output items are read from its JSON, and only their ids are indexed (for item_reference).
  const writeAll = (rows: readonly ResponseRowValues[]): void => {
    const { insert, insertItemId } = ready();
    database.transaction(() => {
      for (const [id, owner, createdAtMs, previousId, response, inEvent, inputJson, outputItemIds] of rows) {
        const text = typeof response === "string" ? response : JSON.stringify(response);
        insert.run(id, owner, createdAtMs, previousId, storedSize(text, inputJson), text, inEvent, inputJson);
        for (const itemId of outputItemIds) insertItemId.run(itemId, id);
      }
    })();
  };

  return {
    kind: "sqlite",
    async migrate() {
      // Immediate: two gateway processes starting on one file migrate one after the other.
      const legacyKept = database.transaction(() => migrateSchema(database)).immediate();
      statements = prepare();
      legacy = legacyKept ? prepareLegacy() : undefined;
    },
    async put(stored: StoredResponse) {
      writeAll([toRowValues(stored)]);
    },
    putMany(written: readonly WrittenResponse[]) {
      writeAll(written.map(toRowValues));
    },
    putRows(rows: readonly ResponseRowValues[]) {
      writeAll(rows);
    },
    async get(id) {
      const row = ready().get.get(id) as ResponseRow | undefined;
      return row && toStored(row);
    },
    async delete(id) {
      return remove(id);
    },
    async findOutputItem(itemId) {
      const row = withLegacy((old) => old.findItem.get({ itemId }), () => ready().findItem.get(itemId)) as Pick<ResponseRow, "id" | "owner" | "response" | "response_in_event"> | undefined;
      const item = row && parseStoredResponse(row.response, row.response_in_event === 1).output.find((found) => found.id === itemId);
      return item && { responseId: row.id, owner: row.owner ?? undefined, item };
    },
    async prune(limits) {
      ready();
      // While a process of the earlier version may run (the old table exists), it leaves index entries of what it prunes.
      withLegacy((old) => old.deleteOrphanItemIds.run(), () => undefined);
      let deleted = 0;
      // Oldest first by rowid (see migrateSchema); the first response young enough ends the scan.
      const expired: string[] = [];
      for (const row of database.prepare("SELECT id, created_ms FROM switchyard_responses ORDER BY rowid").iterate() as IterableIterator<{ id: string; created_ms: number }>) {
        if (row.created_ms >= limits.createdBeforeMs) break;
        expired.push(row.id);
      }
      for (const id of expired) if (remove(id)) deleted++;
      let total = (database.prepare("SELECT COALESCE(SUM(size_bytes), 0) AS total FROM switchyard_responses").get() as { total: number }).total;
      if (total <= limits.maxTotalBytes) return deleted;
      // Collected first: deleting while a cursor is open would disturb it.
      const oldest: string[] = [];
      for (const row of database.prepare("SELECT id, size_bytes FROM switchyard_responses ORDER BY rowid").iterate() as IterableIterator<{ id: string; size_bytes: number }>) {
        if (total <= limits.maxTotalBytes) break;
        oldest.push(row.id);
        total -= row.size_bytes;
      }
      for (const id of oldest) if (remove(id)) deleted++;
      return deleted;
    },
    async close() {
      database.close();
    },
  };
}

/**
 * The schema, created or brought up to date; true when the earlier layout's item
 * table is there (kept: legacy-item-table.ts). Before 2026-12-07 each output item was
 * also a row of its own (`switchyard_response_items`, with its JSON); now a response
 * is one row and the items are read from its Response, so only their ids are
 * indexed. The ids of the old table are copied once, when the index is created;
 * ids an older process writes later are read from the old table until the contract
 * step copies them. Rows written before keep their `response` text
 * (`response_in_event` 0), so they read as they did.
 */
function migrateSchema(database: Database.Database): boolean {
  const tableExists = (name: string): boolean => database.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
  database.exec(`CREATE TABLE IF NOT EXISTS switchyard_responses (
    id TEXT PRIMARY KEY, owner TEXT, created_ms INTEGER NOT NULL, previous_id TEXT,
    size_bytes INTEGER NOT NULL, response TEXT NOT NULL, input_items TEXT NOT NULL,
    response_in_event INTEGER NOT NULL DEFAULT 0)`);
  const columns = database.prepare("SELECT name FROM pragma_table_info('switchyard_responses')").all() as { name: string }[];
  if (!columns.some((column) => column.name === "response_in_event")) database.exec("ALTER TABLE switchyard_responses ADD COLUMN response_in_event INTEGER NOT NULL DEFAULT 0");
  // No index on the time: rows are appended as responses finish, so rowid order is age order and pruning reads by
  // rowid. The index cost every insert a second B-tree (1-3 µs of the writer's CPU a response); earlier versions made it.
  database.exec("DROP INDEX IF EXISTS switchyard_responses_created");
  const indexExisted = tableExists("switchyard_response_item_ids");
  database.exec(`CREATE TABLE IF NOT EXISTS switchyard_response_item_ids (
    item_id TEXT NOT NULL, response_id TEXT NOT NULL, PRIMARY KEY (item_id, response_id)) WITHOUT ROWID`);
  const legacyKept = tableExists("switchyard_response_items");
  if (legacyKept && !indexExisted) database.exec("INSERT OR IGNORE INTO switchyard_response_item_ids (item_id, response_id) SELECT item_id, response_id FROM switchyard_response_items");
  return legacyKept;
}

function toStored(row: ResponseRow): StoredResponse {
  return {
    id: row.id,
    owner: row.owner ?? undefined,
    createdAtMs: Number(row.created_ms),
    previousResponseId: row.previous_id ?? undefined,
    response: parseStoredResponse(row.response, row.response_in_event === 1),
    inputItems: JSON.parse(row.input_items) as ResponsesInputItem[],
  };
}
