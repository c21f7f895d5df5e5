import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { ResponsesObject, ResponsesOutputItem } from "../protocols/openai-responses/responses-object.js";
import type { ResponsesInputItem } from "../protocols/openai-responses/responses-request.js";
import { storedSize, type ResponseStore, type StoredResponse } from "./response-store.js";

interface ResponseRow {
  id: string;
  owner: string | null;
  created_ms: number;
  previous_id: string | null;
  response: string;
  input_items: string;
}

/**
 * Responses kept in the ledger's SQLite file, on a connection of their own (WAL
 * lets it write while the ledger does). Writes are synchronous and committed when
 * `put` returns. The gateway runs this store on a worker thread
 * (sqlite-worker-response-store.ts); inline, it serves tests and tools.
 */
export interface SqliteResponseStore extends ResponseStore {
  /** Stores several responses in one transaction, committed when it returns. */
  putMany(stored: readonly StoredResponse[]): void;
}

export function createSqliteResponseStore(path: string): SqliteResponseStore {
  mkdirSync(dirname(path), { recursive: true });
  const database = new Database(path);
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = NORMAL");
  database.pragma("busy_timeout = 5000");
  let statements: ReturnType<typeof prepare> | undefined;

  function prepare() {
    return {
      insert: database.prepare(
        "INSERT OR REPLACE INTO switchyard_responses (id, owner, created_ms, previous_id, size_bytes, response, input_items) VALUES (?, ?, ?, ?, ?, ?, ?)",
      ),
      insertItem: database.prepare("INSERT OR REPLACE INTO switchyard_response_items (item_id, response_id, item) VALUES (?, ?, ?)"),
      get: database.prepare("SELECT id, owner, created_ms, previous_id, response, input_items FROM switchyard_responses WHERE id = ?"),
      deleteResponse: database.prepare("DELETE FROM switchyard_responses WHERE id = ?"),
      deleteItems: database.prepare("DELETE FROM switchyard_response_items WHERE response_id = ?"),
      findItem: database.prepare(
        "SELECT i.response_id, r.owner, i.item FROM switchyard_response_items i JOIN switchyard_responses r ON r.id = i.response_id WHERE i.item_id = ? ORDER BY r.created_ms DESC LIMIT 1",
      ),
    };
  }
  const ready = (): ReturnType<typeof prepare> => {
    if (!statements) throw new Error("response store used before migrate()");
    return statements;
  };
  const remove = database.transaction((id: string): boolean => {
    ready().deleteItems.run(id);
    return ready().deleteResponse.run(id).changes > 0;
  });

  // One transaction for many: the writer thread commits what one turn of the gateway's event loop finished together.
  const writeAll = (all: readonly StoredResponse[]): void => {
    const { insert, insertItem } = ready();
    database.transaction(() => {
      for (const stored of all) {
        const responseJson = stored.responseJson ?? JSON.stringify(stored.response);
        const inputJson = JSON.stringify(stored.inputItems);
        insert.run(stored.id, stored.owner ?? null, stored.createdAtMs, stored.previousResponseId ?? null, storedSize(responseJson, inputJson), responseJson, inputJson);
        for (const item of stored.response.output) insertItem.run(item.id, stored.id, JSON.stringify(item));
      }
    })();
  };

  return {
    kind: "sqlite",
    async migrate() {
      database.exec(`CREATE TABLE IF NOT EXISTS switchyard_responses (
        id TEXT PRIMARY KEY, owner TEXT, created_ms INTEGER NOT NULL, previous_id TEXT,
        size_bytes INTEGER NOT NULL, response TEXT NOT NULL, input_items TEXT NOT NULL)`);
      database.exec("CREATE INDEX IF NOT EXISTS switchyard_responses_created ON switchyard_responses (created_ms)");
      database.exec(`CREATE TABLE IF NOT EXISTS switchyard_response_items (
        item_id TEXT NOT NULL, response_id TEXT NOT NULL, item TEXT NOT NULL, PRIMARY KEY (item_id, response_id))`);
      database.exec("CREATE INDEX IF NOT EXISTS switchyard_response_items_response ON switchyard_response_items (response_id)");
      statements = prepare();
    },
    async put(stored: StoredResponse) {
      writeAll([stored]);
    },
    putMany(stored: readonly StoredResponse[]) {
      writeAll(stored);
    },
    async get(id) {
      const row = ready().get.get(id) as ResponseRow | undefined;
      return row && toStored(row);
    },
    async delete(id) {
      return remove(id);
    },
    async findOutputItem(itemId) {
      const row = ready().findItem.get(itemId) as { response_id: string; owner: string | null; item: string } | undefined;
      return row && { responseId: row.response_id, owner: row.owner ?? undefined, item: JSON.parse(row.item) as ResponsesOutputItem };
    },
    async prune(limits) {
      ready();
      let deleted = 0;
      const expired = database.prepare("SELECT id FROM switchyard_responses WHERE created_ms < ?").all(limits.createdBeforeMs) as { id: string }[];
      for (const { id } of expired) if (remove(id)) deleted++;
      let total = (database.prepare("SELECT COALESCE(SUM(size_bytes), 0) AS total FROM switchyard_responses").get() as { total: number }).total;
      if (total <= limits.maxTotalBytes) return deleted;
      // Collected first: deleting while a cursor is open would disturb it.
      const oldest: string[] = [];
      for (const row of database.prepare("SELECT id, size_bytes FROM switchyard_responses ORDER BY created_ms ASC").iterate() as IterableIterator<{ id: string; size_bytes: number }>) {
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

function toStored(row: ResponseRow): StoredResponse {
  return {
    id: row.id,
    owner: row.owner ?? undefined,
    createdAtMs: Number(row.created_ms),
    previousResponseId: row.previous_id ?? undefined,
    response: JSON.parse(row.response) as ResponsesObject,
    inputItems: JSON.parse(row.input_items) as ResponsesInputItem[],
  };
}
