/**
 * The earlier layout's per-item table in PostgreSQL, kept through one release so a
 * rolling upgrade of replicas loses nothing (expand/contract); a SQLite file has no
 * replicas of another version, and is rebuilt at start (sqlite-response-store.ts).
 * Replicas of the earlier version still write each output item there, with its JSON, and read items only from there; this version
 * indexes item ids in `switchyard_response_item_ids` and reads both tables while the
 * old one exists. Dropping it is the operator's explicit contract step, once no
 * replica of the earlier version runs: it copies the ids written late (by older
 * replicas after the upgrade) into the index, removes the index entries of responses
 * older replicas deleted (they never knew the index), then drops the table. A store whose
 * table is dropped while it runs notices the missing table and reads the index alone.
 */
export const legacyItemTable = "switchyard_response_items";

/** The contract step for PostgreSQL, as the README gives it (the lock makes a straggling old replica's write fail, not vanish). */
export const postgresContractSql = `BEGIN;
LOCK TABLE switchyard_response_items;
INSERT INTO switchyard_response_item_ids (item_id, response_id) SELECT item_id, response_id FROM switchyard_response_items ON CONFLICT DO NOTHING;
DELETE FROM switchyard_response_item_ids i WHERE NOT EXISTS (SELECT 1 FROM switchyard_responses r WHERE r.id = i.response_id);
DROP TABLE switchyard_response_items;
COMMIT;`;

/** True when a query failed because the legacy table is gone (the contract step ran while this store was open). */
export function isLegacyTableMissing(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof message !== "string" || !message.includes(legacyItemTable)) return false;
  // PostgreSQL's undefined_table.
  return code === "42P01";
}
