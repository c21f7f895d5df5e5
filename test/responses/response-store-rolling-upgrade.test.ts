import { readFile } from "node:fs/promises";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { postgresContractSql } from "../../src/responses-store/legacy-item-table.js";
import { createPostgresResponseStore } from "../../src/responses-store/postgres-response-store.js";
import type { ResponseStore } from "../../src/responses-store/response-store.js";
import { createTestSchema } from "../support/postgres-schema.js";
import { serviceAvailable } from "../support/services.js";
import { responseWithItems as response, storedInputItems as inputItems } from "./support/stored-response-fixtures.js";

const postgresUp = await serviceAvailable("postgres");

/** The rows a replica of the earlier version writes for one response: the response row (no response_in_event) and a row per output item. */
function oldLayoutWrite(id: string, createdMs: number, itemIds: readonly string[]) {
  const answer = response(id, itemIds);
  return {
    response: [id, "key_1", createdMs, null, 100, JSON.stringify(answer), JSON.stringify(inputItems)] as const,
    items: answer.output.map((item) => [item.id, id, JSON.stringify(item)] as const),
  };
}

/** The earlier layout's schema, before this version migrates it. */
const oldSchemaSql = `CREATE TABLE switchyard_responses (id TEXT PRIMARY KEY, owner TEXT, created_ms BIGINT NOT NULL, previous_id TEXT, size_bytes BIGINT NOT NULL, response TEXT NOT NULL, input_items TEXT NOT NULL);
  CREATE INDEX switchyard_responses_created ON switchyard_responses (created_ms);
  CREATE TABLE switchyard_response_items (item_id TEXT NOT NULL, response_id TEXT NOT NULL, item TEXT NOT NULL, PRIMARY KEY (item_id, response_id));
  CREATE INDEX switchyard_response_items_response ON switchyard_response_items (response_id);`;

/**
 * What the new store must do during and after a rolling upgrade. `oldReplica.write` runs
 * the earlier version's own INSERT statements; `contract` runs the README's contract step.
 */
async function expectRollingUpgrade(options: {
  readonly store: ResponseStore;
  readonly oldReplica: {
    write: (id: string, createdMs: number, itemIds: readonly string[]) => Promise<void>;
    /** The earlier version's prune by age: its own item rows and the response rows; it knows nothing of the index. */
    prune: (createdBeforeMs: number) => Promise<void>;
    legacyItemIds: () => Promise<string[]>;
    /** The index's entries, as `item_id response_id`, sorted. */
    indexEntries: () => Promise<string[]>;
  };
  readonly contract: () => Promise<void>;
}): Promise<void> {
  const { store, oldReplica } = options;
  await store.migrate();
  // An older replica keeps writing after the upgrade: its writes succeed and the new store reads them.
  await oldReplica.write("resp_late", 60_000, ["msg_late", "fc_late"]);
  await oldReplica.write("resp_late2", 61_000, ["msg_late2"]);
  for (const [id, itemIds] of [["resp_old", ["msg_old"]], ["resp_late", ["msg_late", "fc_late"]]] as const) {
    const stored = await store.get(id);
    expect(stored?.response).toEqual(response(id, itemIds));
    expect(stored?.inputItems).toEqual(inputItems);
  }
  expect(await store.findOutputItem("msg_old")).toEqual({ responseId: "resp_old", owner: "key_1", item: response("resp_old", ["msg_old"]).output[0] });
  expect(await store.findOutputItem("fc_late")).toEqual({ responseId: "resp_late", owner: "key_1", item: response("resp_late", ["fc_late"]).output[0] });
  // The new layout's own writes are found too, and nothing of the old table was dropped.
  await store.put({ id: "resp_new", owner: undefined, createdAtMs: 62_000, previousResponseId: "resp_late", response: response("resp_new", ["msg_new"]), inputItems });
  expect(await store.findOutputItem("msg_new")).toMatchObject({ responseId: "resp_new" });
  // An older replica prunes by age: a response written before the upgrade (its ids copied into the index) and one
  // the new layout wrote. Their index entries stay behind, but a lookup never returns their items, and the new
  // store's next prune (which removes no response here) removes those entries and only those.
  await store.put({ id: "resp_aged_new", owner: undefined, createdAtMs: 41_000, previousResponseId: undefined, response: response("resp_aged_new", ["msg_aged_new"]), inputItems });
  await oldReplica.prune(45_000);
  expect(await oldReplica.indexEntries()).toContain("msg_aged resp_aged");
  expect(await oldReplica.indexEntries()).toContain("msg_aged_new resp_aged_new");
  expect(await store.findOutputItem("msg_aged")).toBeUndefined();
  expect(await store.findOutputItem("msg_aged_new")).toBeUndefined();
  expect(await store.prune({ createdBeforeMs: 0, maxTotalBytes: 1e12 })).toBe(0);
  expect(await oldReplica.indexEntries()).toEqual(["msg_new resp_new", "msg_old resp_old"]);
  expect(await oldReplica.legacyItemIds()).toEqual(["fc_late", "msg_late", "msg_late2", "msg_old"]);
  // Deleting a late response removes its old-layout item rows with it.
  expect(await store.delete("resp_late")).toBe(true);
  expect(await store.findOutputItem("fc_late")).toBeUndefined();
  expect(await oldReplica.legacyItemIds()).toEqual(["msg_late2", "msg_old"]);
  // An entry orphaned after the last prune: the contract step removes it.
  await store.put({ id: "resp_gone", owner: undefined, createdAtMs: 30_000, previousResponseId: undefined, response: response("resp_gone", ["msg_gone"]), inputItems });
  await oldReplica.prune(35_000);
  expect(await oldReplica.indexEntries()).toContain("msg_gone resp_gone");
  // The contract step, run while the store is open: the late item moves to the index, and the store reads the index alone.
  await options.contract();
  expect(await oldReplica.indexEntries()).toEqual(["msg_late2 resp_late2", "msg_new resp_new", "msg_old resp_old"]);
  expect(await store.findOutputItem("msg_late2")).toMatchObject({ responseId: "resp_late2", item: { id: "msg_late2" } });
  expect(await store.findOutputItem("msg_old")).toMatchObject({ responseId: "resp_old" });
  expect(await store.delete("resp_late2")).toBe(true);
  await store.migrate(); // a restart after the contract step
  expect(await store.findOutputItem("msg_new")).toMatchObject({ responseId: "resp_new" });
}

describe("response store: a rolling upgrade of PostgreSQL replicas from the earlier layout (expand, then contract)", () => {
  it.skipIf(!postgresUp)("postgres: keeps the old item table, reads what an older replica writes into it after the upgrade, and the contract step drops it", async () => {
    const schema = await createTestSchema();
    const old = new pg.Client({ connectionString: schema.url() });
    await old.connect();
    const store = createPostgresResponseStore({ url: schema.url(), poolSize: 2 });
    try {
      // The earlier version's store: its migration 1 applied.
      await old.query(`${oldSchemaSql}
        CREATE TABLE switchyard_responses_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now());
        INSERT INTO switchyard_responses_migrations (version) VALUES (1);`);
      const write = async (id: string, createdMs: number, itemIds: readonly string[]): Promise<void> => {
        const rows = oldLayoutWrite(id, createdMs, itemIds);
        await old.query("BEGIN");
        await old.query(
          `INSERT INTO switchyard_responses (id, owner, created_ms, previous_id, size_bytes, response, input_items) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (id) DO UPDATE SET response = EXCLUDED.response, input_items = EXCLUDED.input_items, size_bytes = EXCLUDED.size_bytes`,
          [...rows.response],
        );
        for (const item of rows.items) await old.query("INSERT INTO switchyard_response_items (item_id, response_id, item) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", [...item]);
        await old.query("COMMIT");
      };
      await write("resp_old", 50_000, ["msg_old"]);
      await write("resp_aged", 40_000, ["msg_aged"]);
      await expectRollingUpgrade({
        store,
        oldReplica: {
          write,
          prune: async (createdBeforeMs) => {
            const { rows } = await old.query<{ id: string }>("SELECT id FROM switchyard_responses WHERE created_ms < $1", [createdBeforeMs]);
            const ids = rows.map((row) => row.id);
            await old.query("DELETE FROM switchyard_response_items WHERE response_id = ANY($1)", [ids]);
            await old.query("DELETE FROM switchyard_responses WHERE id = ANY($1)", [ids]);
          },
          legacyItemIds: async () => (await old.query<{ item_id: string }>("SELECT item_id FROM switchyard_response_items")).rows.map((row) => row.item_id).sort(),
          indexEntries: async () => (await old.query<{ item_id: string; response_id: string }>("SELECT item_id, response_id FROM switchyard_response_item_ids")).rows.map((row) => `${row.item_id} ${row.response_id}`).sort(),
        },
        contract: async () => void (await old.query(postgresContractSql)),
      });
      expect((await old.query("SELECT to_regclass('switchyard_response_items') AS old")).rows).toEqual([{ old: null }]);
    } finally {
      await store.close();
      await old.end();
      await schema.drop();
    }
  });

  it("the README gives the contract step exactly as tested", async () => {
    const readme = await readFile(new URL("../../README.md", import.meta.url), "utf8");
    expect(readme).toContain(postgresContractSql);
  });
});
