import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { ResponsesInputItem } from "../protocols/openai-responses/responses-request.js";
import { toRowValues, type ResponseRowValues } from "./response-row-values.js";
import { parseStoredResponse, storedSize, type ResponseStore, type StoredResponse, type WrittenResponse } from "./response-store.js";
import { SeqIndex } from "./seq-index.js";

/** Rows written since the last catch-up (by any process) after which a write catches up: a few ms of filing. */
const maxBacklog = 4096;

interface ResponseRow {
  seq: number;
  id: string;
  owner: string | null;
  created_ms: number;
  previous_id: string | null;
  response: string;
  response_in_event: number;
  input_items: string;
  /** The output items' ids, a JSON array: what the item index is rebuilt from without parsing the Response. */
  output_item_ids: string;
}

/**
 * The file's page size, set when the file is created. A commit writes each page its batch
 * touched to the WAL, and a checkpoint copies it again, a system call each time: with
 * rows of a kilobyte or more appended in batches, 16 KiB pages cost SQLite half the CPU a
 * row of the 4 KiB default, and the store's writer about 30% less (`npm run
 * bench:response-store`; bench/results/responses-profile.md, 2026-12-08).
 */
const pageSize = 16_384;

/** The layout, created when the file has none. `seq` only grows (AUTOINCREMENT): a seq is never reused, so "rows after seq N" finds every row written since. */
const createTableSql = `CREATE TABLE IF NOT EXISTS main.switchyard_responses (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, owner TEXT, created_ms INTEGER NOT NULL, previous_id TEXT,
  size_bytes INTEGER NOT NULL, response TEXT NOT NULL, response_in_event INTEGER NOT NULL DEFAULT 0,
  input_items TEXT NOT NULL, output_item_ids TEXT NOT NULL DEFAULT '[]')`;

/**
 * Responses kept in a SQLite file of their own, beside the ledger's
 * (responses-file-path.ts); earlier builds kept them in the ledger's file, whose rows
 * `migrate` moves here (`earlierPath`). Writes are synchronous and committed when
 * `put` returns. The gateway runs this store on a worker thread
 * (sqlite-worker-response-store.ts); inline, it serves tests and tools.
 *
 * A response is one row, appended in `seq` order; the file has no index on the ids.
 * Lookups by response id and by output item id go through two `SeqIndex`es in this
 * process's memory (seq-index.ts says why), rebuilt from the table at `migrate` and
 * brought up to date with the rows written since (by other processes sharing the
 * file, `serve --workers N`) before every read. A row found through them is checked
 * against the key asked for.
 */
export interface SqliteResponseStore extends ResponseStore {
  /** Stores several responses in one transaction, committed when it returns. */
  putMany(written: readonly WrittenResponse[]): void;
  /** The same, for responses as they cross to the writer's thread (response-row-values.ts). */
  putRows(rows: readonly ResponseRowValues[]): void;
}

export function createSqliteResponseStore(
  path: string,
  options: {
    /** The ledger's file, where earlier builds kept the responses: `migrate` moves any it holds into this one. */
    readonly earlierPath?: string;
    /** Replaces the indexes' hash: tests make every key collide with it. */
    readonly hashKey?: (key: string) => number;
  } = {},
): SqliteResponseStore {
  mkdirSync(dirname(path), { recursive: true });
  const database = new Database(path);
  // Only a new file takes it: an existing one keeps the page size it was made with.
  database.pragma(`page_size = ${pageSize}`);
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = NORMAL");
  database.pragma("busy_timeout = 5000");
  let statements: ReturnType<typeof prepare> | undefined;
  const ids = new SeqIndex(options.hashKey);
  const items = new SeqIndex(options.hashKey);
  /** Every row up to this seq has been filed in the indexes (some may have gone since). */
  let filedThrough = 0;
  /** The seq of this process's latest row: no row of any process below it was uncommitted then. */
  let lastWritten = 0;

  function prepare() {
    return {
      insert: database.prepare(
        "INSERT INTO switchyard_responses (id, owner, created_ms, previous_id, size_bytes, response, response_in_event, input_items, output_item_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      ),
      rowsAfter: database.prepare("SELECT seq, id, output_item_ids FROM switchyard_responses WHERE seq > ? ORDER BY seq"),
      row: database.prepare("SELECT seq, id, owner, created_ms, previous_id, response, response_in_event, input_items, output_item_ids FROM switchyard_responses WHERE seq = ?"),
      deleteRow: database.prepare("DELETE FROM switchyard_responses WHERE seq = ? AND id = ? RETURNING output_item_ids"),
      oldestFirst: database.prepare("SELECT seq, id, created_ms, size_bytes FROM switchyard_responses ORDER BY seq"),
      totalSize: database.prepare("SELECT COALESCE(SUM(size_bytes), 0) AS total FROM switchyard_responses"),
      lowestSeq: database.prepare("SELECT MIN(seq) AS seq FROM switchyard_responses"),
    };
  }
  const ready = (): ReturnType<typeof prepare> => {
    if (!statements) throw new Error("response store used before migrate()");
    return statements;
  };

  const file = (seq: number, id: string, itemIds: readonly string[]): void => {
    ids.add(id, seq);
    for (const itemId of itemIds) items.add(itemId, seq);
  };
  /** Rows unfiled in the transaction under way: filed again if it rolls back, since they are in the file again. */
  let unfiledInTransaction: { seq: number; id: string; itemIdsJson: string }[] | undefined;
  const unfile = (seq: number, id: string, itemIdsJson: string): void => {
    ids.remove(id, seq);
    for (const itemId of itemIdsIn(itemIdsJson)) items.remove(itemId, seq);
    unfiledInTransaction?.push({ seq, id, itemIdsJson });
  };
  /** `work` in a transaction, the indexes put back as they were for the rows it deleted if it fails. */
  function inTransaction<Args extends unknown[], Result>(work: (...args: Args) => Result): (...args: Args) => Result {
    const transaction = database.transaction(work);
    return (...args) => {
      unfiledInTransaction = [];
      try {
        return transaction(...args);
      } catch (error) {
        for (const row of unfiledInTransaction) file(row.seq, row.id, itemIdsIn(row.itemIdsJson));
        throw error;
      } finally {
        unfiledInTransaction = undefined;
      }
    };
  }
  /** Files the rows written since the last look: by other processes on the file, or before a restart. */
  const catchUp = (): void => {
    for (const row of ready().rowsAfter.iterate(filedThrough) as IterableIterator<Pick<ResponseRow, "seq" | "id" | "output_item_ids">>) {
      file(row.seq, row.id, itemIdsIn(row.output_item_ids));
      filedThrough = row.seq;
    }
  };
  /** The row at `seq`; a row that has gone is unfiled from `index` under `key`. */
  const readRow = (index: SeqIndex, key: string, seq: number): ResponseRow | undefined => {
    const row = ready().row.get(seq) as ResponseRow | undefined;
    if (!row) index.remove(key, seq);
    return row;
  };
  /** Deletes the rows of `id` (more than one only if processes sharing the file stored it twice). */
  const deleteRows = (id: string): boolean => {
    let deleted = false;
    for (const seq of ids.candidates(id)) {
      const gone = ready().deleteRow.get(seq, id) as Pick<ResponseRow, "output_item_ids"> | undefined;
      if (!gone) continue;
      unfile(seq, id, gone.output_item_ids);
      deleted = true;
    }
    return deleted;
  };
  const remove = inTransaction(deleteRows);
  const removeAll = inTransaction((responseIds: readonly string[]): number => responseIds.filter(deleteRows).length);

  // One transaction for many: the writer thread commits what the gateway gathered (see sqlite-worker-response-store.ts).
  const insertAll = inTransaction((rows: readonly ResponseRowValues[]): void => {
    const { insert } = ready();
    for (const [id, owner, createdAtMs, previousId, response, inEvent, inputJson, outputItemIds] of rows) {
      // A put replaces: an id stored again keeps only its latest row.
      deleteRows(id);
      const text = typeof response === "string" ? response : JSON.stringify(response);
      const seq = Number(insert.run(id, owner, createdAtMs, previousId, storedSize(text, inputJson), text, inEvent, inputJson, JSON.stringify(outputItemIds)).lastInsertRowid);
      file(seq, id, outputItemIds);
      lastWritten = seq;
      // Only when no other process wrote in between: their rows are filed by the next catch-up.
      if (seq === filedThrough + 1) filedThrough = seq;
    }
  });
  const writeAll = (rows: readonly ResponseRowValues[]): void => {
    const filedBefore = filedThrough;
    try {
      insertAll(rows);
    } catch (error) {
      // Rolled back: its seqs will be drawn again, perhaps by another process. Entries filed for them are checked when read.
      filedThrough = filedBefore;
      throw error;
    }
    // Processes sharing the file interleave their seqs, so `filedThrough` stops at the first gap; caught up here
    // now and then, a read never has to file a long backlog (its own rows included) while puts wait behind it.
    if (lastWritten - filedThrough > maxBacklog) catchUp();
  };

  return {
    kind: "sqlite",
    async migrate() {
      // Immediate: two gateway processes starting on one file migrate one after the other.
      database.transaction(() => database.exec(createTableSql)).immediate();
      const { earlierPath } = options;
      if (earlierPath !== undefined && earlierPath !== path && earlierPath !== ":memory:" && existsSync(earlierPath)) moveEarlierRows(database, earlierPath);
      statements = prepare();
      ids.clear();
      items.clear();
      filedThrough = 0;
      catchUp();
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
      catchUp();
      for (const seq of ids.candidates(id)) {
        const row = readRow(ids, id, seq);
        if (row?.id === id) return toStored(row);
      }
      return undefined;
    },
    async delete(id) {
      catchUp();
      return remove(id);
    },
    async findOutputItem(itemId) {
      catchUp();
      // The newest response that has the item: an item id a replayed conversation repeats is answered from its latest turn.
      let newest: ResponseRow | undefined;
      for (const seq of items.candidates(itemId)) {
        const row = readRow(items, itemId, seq);
        if (!row || !itemIdsIn(row.output_item_ids).includes(itemId)) continue;
        if (!newest || row.created_ms > newest.created_ms) newest = row;
      }
      const item = newest && parseStoredResponse(newest.response, newest.response_in_event === 1).output.find((found) => found.id === itemId);
      return item && newest && { responseId: newest.id, owner: newest.owner ?? undefined, item };
    },
    async prune(limits) {
      const { oldestFirst, totalSize, lowestSeq } = ready();
      catchUp();
      // Oldest first by seq: rows are appended as responses finish, so the first one young enough ends the scan.
      const expired: string[] = [];
      for (const row of oldestFirst.iterate() as IterableIterator<Pick<ResponseRow, "id" | "created_ms">>) {
        if (row.created_ms >= limits.createdBeforeMs) break;
        expired.push(row.id);
      }
      let deleted = removeAll(expired);
      let total = (totalSize.get() as { total: number }).total;
      if (total > limits.maxTotalBytes) {
        // Collected first: deleting while a cursor is open would disturb it.
        const oldest: string[] = [];
        for (const row of oldestFirst.iterate() as IterableIterator<{ id: string; size_bytes: number }>) {
          if (total <= limits.maxTotalBytes) break;
          oldest.push(row.id);
          total -= row.size_bytes;
        }
        deleted += removeAll(oldest);
      }
      // Rows below the lowest left were pruned or deleted, some by other processes: their entries go.
      const lowest = (lowestSeq.get() as { seq: number | null }).seq ?? filedThrough + 1;
      ids.dropBelow(lowest);
      items.dropBelow(lowest);
      return deleted;
    },
    async close() {
      database.close();
    },
  };
}

/**
 * Moves the responses an earlier build kept in the ledger's file into this one, and
 * drops their tables there. Any of its layouts: this one; keyed on `id`, with output
 * item ids in `switchyard_response_item_ids`; or, earlier still, a row per item in
 * `switchyard_response_items` (both indexes made each insert a random write,
 * seq-index.ts). Rows keep their order, their text and their `response_in_event`; an
 * earlier layout's item ids are read from each Response.
 *
 * One transaction, writing both files. In WAL mode SQLite commits the two files
 * one after the other, not as one: if the process stops between the commits, the rows
 * are here and still there, and the next start moves only the ids not here yet. Two
 * processes starting at once take the write locks in turn.
 */
function moveEarlierRows(database: Database.Database, earlierPath: string): void {
  database.prepare("ATTACH DATABASE ? AS earlier").run(earlierPath);
  const earlierColumns = (): string[] => (database.prepare("SELECT name FROM pragma_table_info('switchyard_responses', 'earlier')").all() as { name: string }[]).map((column) => column.name);
  try {
    // Looked for first, outside a transaction: a start with nothing to move (every start after the
    // first) takes no lock on the ledger's file, whatever the ledger's writer or a tool holds there.
    if (earlierColumns().length === 0) return;
    database
      .transaction(() => {
        const columns = earlierColumns();
        if (columns.length === 0) return;
        const inEvent = columns.includes("response_in_event") ? "r.response_in_event" : "0";
        const outputItemIds = columns.includes("output_item_ids")
          ? "r.output_item_ids"
          : `CASE WHEN json_valid(r.response) THEN (SELECT json_group_array(json_extract(o.value, '$.id')) FROM json_each(r.response, CASE ${inEvent} WHEN 1 THEN '$.response.output' ELSE '$.output' END) o
              WHERE json_type(o.value, '$.id') = 'text') ELSE '[]' END`;
        database.exec(`INSERT INTO main.switchyard_responses (id, owner, created_ms, previous_id, size_bytes, response, response_in_event, input_items, output_item_ids)
            SELECT r.id, r.owner, r.created_ms, r.previous_id, r.size_bytes, r.response, ${inEvent}, r.input_items, ${outputItemIds}
            FROM earlier.switchyard_responses r WHERE r.id NOT IN (SELECT id FROM main.switchyard_responses) ORDER BY r.rowid;
          DROP TABLE earlier.switchyard_responses;
          DROP TABLE IF EXISTS earlier.switchyard_response_item_ids;
          DROP TABLE IF EXISTS earlier.switchyard_response_items;`);
      })
      .immediate();
  } finally {
    database.exec("DETACH DATABASE earlier");
  }
}

/**
 * The ids an `output_item_ids` column lists. A value that is not a JSON array of
 * strings (a row edited by hand) lists none: its response is still found by its own
 * id, and one bad row cannot stop the index being rebuilt, nor the gateway starting.
 */
function itemIdsIn(json: string): readonly string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
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
