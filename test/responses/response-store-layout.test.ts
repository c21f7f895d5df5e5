import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { createPostgresResponseStore } from "../../src/responses-store/postgres-response-store.js";
import type { ResponseStore, StoredResponse } from "../../src/responses-store/response-store.js";
import { responsesFilePath } from "../../src/responses-store/responses-file-path.js";
import { createSqliteResponseStore } from "../../src/responses-store/sqlite-response-store.js";
import { createSqliteWorkerResponseStore } from "../../src/responses-store/sqlite-worker-response-store.js";
import { createTestSchema } from "../support/postgres-schema.js";
import { serviceAvailable } from "../support/services.js";
import { responseWithItems as response, storedInputItems as inputItems } from "./support/stored-response-fixtures.js";

const postgresUp = await serviceAvailable("postgres");

/** A relayed stream's answer: stored from its final event's text, as the exchange hands it over. */
function fromStreamEvent(id: string, createdAtMs: number): StoredResponse {
  const answer = response(id, [`msg_${id}`, `fc_${id}`]);
  // OpenAI's member order: the Response is not the event's last member.
  const responseEventJson = JSON.stringify({ type: "response.completed", response: answer, sequence_number: 17 });
  return { id, owner: "key_1", createdAtMs, previousResponseId: undefined, response: answer, responseEventJson, inputItems };
}

/** Reads, item lookups and deletes of one response stored from its stream event's text, and of one stored as an object. */
async function expectBothKindsReadable(store: ResponseStore): Promise<void> {
  await store.put(fromStreamEvent("resp_event", 2_000));
  await store.put({ id: "resp_object", owner: undefined, createdAtMs: 3_000, previousResponseId: "resp_event", response: response("resp_object", ["msg_resp_object"]), inputItems });
  expect((await store.get("resp_event"))?.response).toEqual(response("resp_event", ["msg_resp_event", "fc_resp_event"]));
  expect((await store.get("resp_event"))?.inputItems).toEqual(inputItems);
  expect(await store.findOutputItem("fc_resp_event")).toEqual({ responseId: "resp_event", owner: "key_1", item: response("resp_event", ["fc_resp_event"]).output[0] });
  expect(await store.findOutputItem("msg_resp_object")).toMatchObject({ responseId: "resp_object", owner: undefined, item: { id: "msg_resp_object" } });
  expect(await store.delete("resp_event")).toBe(true);
  expect(await store.findOutputItem("fc_resp_event")).toBeUndefined();
  expect(await store.prune({ createdBeforeMs: 10_000, maxTotalBytes: 1e9 })).toBe(1);
  expect(await store.findOutputItem("msg_resp_object")).toBeUndefined();
}

/** What a store of the earlier layout (a row per output item, with its JSON) held. */
const oldRows = { id: "resp_old", item: response("resp_old", ["msg_old"]).output[0]!, response: JSON.stringify(response("resp_old", ["msg_old"])), input: JSON.stringify(inputItems) };

async function expectOldRowsReadable(store: ResponseStore): Promise<void> {
  expect((await store.get("resp_old"))?.response).toEqual(response("resp_old", ["msg_old"]));
  expect(await store.findOutputItem("msg_old")).toEqual({ responseId: "resp_old", owner: "key_1", item: oldRows.item });
  expect(await store.delete("resp_old")).toBe(true);
  expect(await store.findOutputItem("msg_old")).toBeUndefined();
  // Deleted first: SQLite prunes in the order rows were written, and this one is younger than what is pruned next.
  await expectBothKindsReadable(store);
}

describe("response store layout: one row per response", () => {
  /** Temporary folders of this test, removed after it (its stores closed first, in its own `finally`). */
  const folders: string[] = [];
  const newFolder = async (): Promise<string> => {
    const folder = await mkdtemp(join(tmpdir(), "switchyard-response-layout-"));
    folders.push(folder);
    return folder;
  };
  afterEach(async () => {
    await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
  });

  it.each([
    { name: "sqlite", open: (path: string): ResponseStore => createSqliteResponseStore(path) },
    { name: "sqlite on its writer thread", open: (path: string): ResponseStore => createSqliteWorkerResponseStore({ path, awaitCommit: false, onWriteError: (error) => { throw error; } }) },
  ])("$name: stores a stream's final event as sent, and reads it back as the Response", async ({ open }) => {
    const folder = await newFolder();
    const store = open(join(folder, "ledger-responses.db"));
    await store.migrate();
    await expectBothKindsReadable(store);
    await store.put(fromStreamEvent("resp_kept", 20_000));
    await store.close();
    // The row holds the event's text, not a re-encoded Response, and no item JSON is kept apart from it.
    const database = new Database(join(folder, "ledger-responses.db"), { readonly: true });
    expect(database.pragma("page_size", { simple: true })).toBe(16_384);
    const row = database.prepare("SELECT response, response_in_event FROM switchyard_responses WHERE id = 'resp_kept'").get() as { response: string; response_in_event: number };
    expect(row).toEqual({ response: fromStreamEvent("resp_kept", 20_000).responseEventJson, response_in_event: 1 });
    expect(database.prepare("SELECT output_item_ids FROM switchyard_responses WHERE id = 'resp_kept'").get()).toEqual({ output_item_ids: '["msg_resp_kept","fc_resp_kept"]' });
    // No index on the ids in the file (the store holds them in memory), and no table of an earlier layout.
    expect(database.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND name LIKE 'switchyard%' ORDER BY name").all()).toEqual([{ name: "switchyard_responses" }]);
    database.close();
  });

  it.each([
    {
      layout: "a row per output item (before 2026-12-07)",
      sql: `CREATE TABLE switchyard_responses (id TEXT PRIMARY KEY, owner TEXT, created_ms INTEGER NOT NULL, previous_id TEXT, size_bytes INTEGER NOT NULL, response TEXT NOT NULL, input_items TEXT NOT NULL);
        CREATE INDEX switchyard_responses_created ON switchyard_responses (created_ms);
        CREATE TABLE switchyard_response_items (item_id TEXT NOT NULL, response_id TEXT NOT NULL, item TEXT NOT NULL, PRIMARY KEY (item_id, response_id));
        CREATE INDEX switchyard_response_items_response ON switchyard_response_items (response_id);
        INSERT INTO switchyard_response_items VALUES ('msg_old', 'resp_old', '{}');`,
      insert: "INSERT INTO switchyard_responses VALUES (?, 'key_1', 50000, NULL, 100, ?, ?)",
    },
    {
      layout: "keyed on the id, item ids indexed in the file (2026-12-07)",
      sql: `CREATE TABLE switchyard_responses (id TEXT PRIMARY KEY, owner TEXT, created_ms INTEGER NOT NULL, previous_id TEXT,
          size_bytes INTEGER NOT NULL, response TEXT NOT NULL, input_items TEXT NOT NULL, response_in_event INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE switchyard_response_item_ids (item_id TEXT NOT NULL, response_id TEXT NOT NULL, PRIMARY KEY (item_id, response_id)) WITHOUT ROWID;
        INSERT INTO switchyard_response_item_ids VALUES ('msg_old', 'resp_old');`,
      insert: "INSERT INTO switchyard_responses VALUES (?, 'key_1', 50000, NULL, 100, ?, ?, 0)",
    },
    {
      layout: "of today's layout in the ledger's file (2026-12-07 night)",
      sql: `CREATE TABLE switchyard_responses (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, owner TEXT, created_ms INTEGER NOT NULL, previous_id TEXT,
          size_bytes INTEGER NOT NULL, response TEXT NOT NULL, response_in_event INTEGER NOT NULL DEFAULT 0, input_items TEXT NOT NULL, output_item_ids TEXT NOT NULL DEFAULT '[]');`,
      insert: "INSERT INTO switchyard_responses (id, owner, created_ms, previous_id, size_bytes, response, input_items) VALUES (?, 'key_1', 50000, NULL, 100, ?, ?)",
    },
  ])("sqlite: moves the responses of a ledger's file $layout into its own file, where they stay readable, in their order", async ({ sql, insert }) => {
    const folder = await newFolder();
    const path = join(folder, "ledger.db");
    const old = new Database(path);
    old.pragma("journal_mode = WAL");
    old.exec(sql);
    // The ledger's own tables stay as they are.
    old.exec("CREATE TABLE switchyard_usage (request_id TEXT); INSERT INTO switchyard_usage VALUES ('req_1');");
    // Written before resp_old: its rowid is lower, so the rebuilt table keeps it first and retention reaches it first.
    old.prepare(insert.replace("50000", "10000")).run("resp_first", JSON.stringify(response("resp_first", [])), oldRows.input);
    old.prepare(insert).run(oldRows.id, oldRows.response, oldRows.input);
    if (sql.includes("response_in_event")) {
      const event = fromStreamEvent("resp_event_old", 50_000);
      const columns = "id, owner, created_ms, previous_id, size_bytes, response, input_items, response_in_event";
      old.prepare(`INSERT INTO switchyard_responses (${columns}) VALUES (?, 'key_1', 50000, NULL, 100, ?, ?, 1)`).run(event.id, event.responseEventJson, oldRows.input);
    }
    // This layout lists the items' ids beside each row, and the move takes them as they are.
    if (sql.includes("output_item_ids")) {
      old.exec(`UPDATE switchyard_responses SET output_item_ids = CASE id WHEN 'resp_event_old' THEN '["msg_resp_event_old","fc_resp_event_old"]' ELSE json_array('msg_' || substr(id, 6)) END`);
    }
    old.close();
    const store = createSqliteResponseStore(responsesFilePath(path), { earlierPath: path });
    await store.migrate();
    await store.migrate(); // idempotent
    expect(await store.prune({ createdBeforeMs: 20_000, maxTotalBytes: 1e12 })).toBe(1);
    expect(await store.get("resp_first")).toBeUndefined();
    if (sql.includes("response_in_event")) {
      // A stream's final event, stored as sent: its items' ids are read from the event's Response.
      expect(await store.findOutputItem("fc_resp_event_old")).toMatchObject({ responseId: "resp_event_old", item: { id: "fc_resp_event_old" } });
      expect(await store.delete("resp_event_old")).toBe(true);
    }
    await expectOldRowsReadable(store);
    await store.close();
    const ledger = new Database(path, { readonly: true });
    // The earlier tables and indexes leave the ledger's file; its own stay, rows and all.
    expect(ledger.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND name LIKE 'switchyard%' ORDER BY name").all()).toEqual([{ name: "switchyard_usage" }]);
    expect(ledger.prepare("SELECT request_id FROM switchyard_usage").all()).toEqual([{ request_id: "req_1" }]);
    ledger.close();
    const database = new Database(responsesFilePath(path), { readonly: true });
    expect(database.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND name LIKE 'switchyard%' ORDER BY name").all()).toEqual([{ name: "switchyard_responses" }]);
    database.close();
  });

  it("sqlite: a move cut short between its two commits is finished at the next start, without copying a response twice", async () => {
    const folder = await newFolder();
    const path = join(folder, "ledger.db");
    const here = createSqliteResponseStore(responsesFilePath(path));
    // The responses file committed resp_old; the ledger's file still has it (its commit never happened), and resp_new besides.
    await here.migrate();
    await here.put({ id: oldRows.id, owner: "key_1", createdAtMs: 50_000, previousResponseId: undefined, response: response(oldRows.id, ["msg_old"]), inputItems });
    await here.close();
    const old = new Database(path);
    old.exec(`CREATE TABLE switchyard_responses (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, owner TEXT, created_ms INTEGER NOT NULL, previous_id TEXT,
      size_bytes INTEGER NOT NULL, response TEXT NOT NULL, response_in_event INTEGER NOT NULL DEFAULT 0, input_items TEXT NOT NULL, output_item_ids TEXT NOT NULL DEFAULT '[]')`);
    const insert = old.prepare("INSERT INTO switchyard_responses (id, owner, created_ms, size_bytes, response, input_items, output_item_ids) VALUES (?, 'key_1', 50000, 100, ?, ?, ?)");
    insert.run(oldRows.id, oldRows.response, oldRows.input, '["msg_old"]');
    insert.run("resp_new", JSON.stringify(response("resp_new", ["msg_new"])), oldRows.input, '["msg_new"]');
    old.close();
    const store = createSqliteResponseStore(responsesFilePath(path), { earlierPath: path });
    await store.migrate();
    const database = new Database(responsesFilePath(path), { readonly: true });
    expect(database.prepare("SELECT id FROM switchyard_responses ORDER BY seq").all()).toEqual([{ id: oldRows.id }, { id: "resp_new" }]);
    database.close();
    expect(await store.findOutputItem("msg_new")).toMatchObject({ responseId: "resp_new" });
    // Gone first: retention reads rows in the order they were written, and this one is younger than what the check prunes.
    expect(await store.delete("resp_new")).toBe(true);
    await expectOldRowsReadable(store);
    await store.close();
  });

  it("sqlite on its writer thread: two processes starting at once move the ledger's responses once", async () => {
    const folder = await newFolder();
    const path = join(folder, "ledger.db");
    const old = new Database(path);
    old.pragma("journal_mode = WAL");
    old.exec("CREATE TABLE switchyard_responses (id TEXT PRIMARY KEY, owner TEXT, created_ms INTEGER NOT NULL, previous_id TEXT, size_bytes INTEGER NOT NULL, response TEXT NOT NULL, input_items TEXT NOT NULL)");
    const insert = old.prepare("INSERT INTO switchyard_responses VALUES (?, 'key_1', 50000, NULL, 100, ?, ?)");
    old.transaction(() => {
      for (let index = 0; index < 2_000; index++) insert.run(`resp_${index}`, JSON.stringify(response(`resp_${index}`, [`msg_${index}`])), oldRows.input);
    })();
    old.close();
    const open = (): ResponseStore => createSqliteWorkerResponseStore({ path: responsesFilePath(path), earlierPath: path, awaitCommit: true, onWriteError: (error) => { throw error; } });
    const stores = [open(), open()];
    try {
      await Promise.all(stores.map((store) => store.migrate()));
      for (const store of stores) expect(await store.findOutputItem("msg_1999")).toMatchObject({ responseId: "resp_1999" });
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
    const database = new Database(responsesFilePath(path), { readonly: true });
    expect(database.prepare("SELECT COUNT(*) AS rows, COUNT(DISTINCT id) AS ids FROM switchyard_responses").get()).toEqual({ rows: 2_000, ids: 2_000 });
    database.close();
  });

  it("sqlite: with nothing to move, starts while another connection holds the ledger's file's write lock", async () => {
    const folder = await newFolder();
    const path = join(folder, "ledger.db");
    const ledger = new Database(path);
    try {
      ledger.pragma("journal_mode = WAL");
      ledger.exec("CREATE TABLE switchyard_usage (request_id TEXT); BEGIN IMMEDIATE; INSERT INTO switchyard_usage VALUES ('req_1');");
      const store = createSqliteResponseStore(responsesFilePath(path), { earlierPath: path });
      const started = Date.now();
      await store.migrate();
      // Nothing waits for the ledger's lock (the busy timeout is 5 s).
      expect(Date.now() - started).toBeLessThan(2_000);
      await store.close();
    } finally {
      ledger.exec("COMMIT");
      ledger.close();
    }
  });

  it("sqlite: retention reads responses in the order they were written, so one written late is pruned after those written before it", async () => {
    const folder = await newFolder();
    const store = createSqliteResponseStore(join(folder, "ledger-responses.db"));
    try {
      await store.migrate();
      const put = (id: string, createdAtMs: number): Promise<void> => store.put({ id, owner: undefined, createdAtMs, previousResponseId: undefined, response: response(id, [`msg_${id}`]), inputItems });
      await put("resp_first", 1_000);
      await put("resp_second", 20_000);
      // A long stream: its request began early, its answer was stored last.
      await put("resp_long", 2_000);
      expect(await store.prune({ createdBeforeMs: 5_000, maxTotalBytes: 1e12 })).toBe(1);
      expect(await store.get("resp_long")).toBeDefined();
      expect(await store.prune({ createdBeforeMs: 30_000, maxTotalBytes: 1e12 })).toBe(2);
      expect(await store.findOutputItem("msg_resp_long")).toBeUndefined();
      // The size cap goes by write order too: the response written first is the first to go.
      await put("resp_c", 40_000);
      await put("resp_d", 35_000);
      const one = (await store.get("resp_c"))!;
      expect(await store.prune({ createdBeforeMs: 0, maxTotalBytes: JSON.stringify(one.response).length + JSON.stringify(inputItems).length + 10 })).toBe(1);
      expect(await store.get("resp_c")).toBeUndefined();
      expect(await store.get("resp_d")).toBeDefined();
    } finally {
      await store.close();
    }
  });

  it.skipIf(!postgresUp)("postgres: a fresh store has no earlier-layout item table (only an upgraded one keeps it) and works without it", async () => {
    const schema = await createTestSchema();
    const table = (name: string): string => `${schema.name}.${name}`;
    const store = createPostgresResponseStore({ url: schema.url(), poolSize: 2 });
    try {
      await store.migrate();
      await store.migrate();
      expect((await schema.admin.query(`SELECT version FROM ${table("switchyard_responses_migrations")} ORDER BY version`)).rows).toEqual([{ version: 1 }, { version: 2 }]);
      expect((await schema.admin.query(`SELECT to_regclass('${table("switchyard_response_items")}') IS NOT NULL AS kept`)).rows).toEqual([{ kept: false }]);
      await expectBothKindsReadable(store);
      expect(await store.prune({ createdBeforeMs: 0, maxTotalBytes: 1e12 })).toBe(0);
    } finally {
      await store.close();
      await schema.drop();
    }
  });

  it.skipIf(!postgresUp)("postgres: stores a stream's final event as sent, and migrates a store of the earlier layout", async () => {
    const schema = await createTestSchema();
    const table = (name: string): string => `${schema.name}.${name}`;
    try {
      // Migration 1 of the earlier layout, applied, with one response in it.
      await schema.admin.query(`CREATE TABLE ${table("switchyard_responses_migrations")} (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now());
        INSERT INTO ${table("switchyard_responses_migrations")} (version) VALUES (1);
        CREATE TABLE ${table("switchyard_responses")} (id TEXT PRIMARY KEY, owner TEXT, created_ms BIGINT NOT NULL, previous_id TEXT, size_bytes BIGINT NOT NULL, response TEXT NOT NULL, input_items TEXT NOT NULL);
        CREATE TABLE ${table("switchyard_response_items")} (item_id TEXT NOT NULL, response_id TEXT NOT NULL, item TEXT NOT NULL, PRIMARY KEY (item_id, response_id));`);
      await schema.admin.query(`INSERT INTO ${table("switchyard_responses")} VALUES ($1, 'key_1', 50000, NULL, 100, $2, $3)`, [oldRows.id, oldRows.response, oldRows.input]);
      await schema.admin.query(`INSERT INTO ${table("switchyard_response_items")} VALUES ('msg_old', $1, $2)`, [oldRows.id, JSON.stringify(oldRows.item)]);
      const store = createPostgresResponseStore({ url: schema.url(), poolSize: 2 });
      try {
        await store.migrate();
        await store.migrate();
        await expectOldRowsReadable(store);
        await store.put(fromStreamEvent("resp_kept", 20_000));
        const { rows } = await schema.admin.query(`SELECT response, response_in_event FROM ${table("switchyard_responses")} WHERE id = 'resp_kept'`);
        expect(rows).toEqual([{ response: fromStreamEvent("resp_kept", 20_000).responseEventJson, response_in_event: 1 }]);
        expect((await schema.admin.query(`SELECT to_regclass('${table("switchyard_response_items")}') IS NOT NULL AS kept`)).rows).toEqual([{ kept: true }]);
      } finally {
        await store.close();
      }
    } finally {
      await schema.drop();
    }
  });
});
