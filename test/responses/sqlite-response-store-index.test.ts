import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ResponseRowValues } from "../../src/responses-store/response-row-values.js";
import type { StoredResponse } from "../../src/responses-store/response-store.js";
import { createSqliteResponseStore, type SqliteResponseStore } from "../../src/responses-store/sqlite-response-store.js";
import { responseWithItems as response, storedInputItems as inputItems } from "./support/stored-response-fixtures.js";

const stored = (id: string, itemIds: readonly string[], createdAtMs = 1_000): StoredResponse => ({ id, owner: undefined, createdAtMs, previousResponseId: undefined, response: response(id, itemIds), inputItems });

let folder: string;
let path: string;
const opened: SqliteResponseStore[] = [];
const open = async (options?: Parameters<typeof createSqliteResponseStore>[1]): Promise<SqliteResponseStore> => {
  const store = createSqliteResponseStore(path, options);
  opened.push(store);
  await store.migrate();
  return store;
};

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "switchyard-response-index-"));
  path = join(folder, "responses.db");
});
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close().catch(() => undefined);
  await rm(folder, { recursive: true, force: true });
});

describe("SQLite response store: ids found through the in-memory index", () => {
  it("answers right when every key shares one hash: each candidate row is checked", async () => {
    const store = await open({ hashKey: () => 0 });
    await store.put(stored("resp_a", ["msg_a", "fc_a"]));
    await store.put(stored("resp_b", ["msg_b"], 2_000));
    await store.put(stored("resp_c", ["msg_c"]));
    expect((await store.get("resp_a"))?.response).toEqual(response("resp_a", ["msg_a", "fc_a"]));
    expect((await store.get("resp_b"))?.id).toBe("resp_b");
    expect(await store.get("resp_x")).toBeUndefined();
    expect(await store.findOutputItem("fc_a")).toMatchObject({ responseId: "resp_a", item: { id: "fc_a" } });
    expect(await store.findOutputItem("msg_b")).toMatchObject({ responseId: "resp_b", item: { id: "msg_b" } });
    expect(await store.findOutputItem("msg_x")).toBeUndefined();
    expect(await store.delete("resp_x")).toBe(false);
    expect(await store.delete("resp_a")).toBe(true);
    expect(await store.get("resp_a")).toBeUndefined();
    expect(await store.findOutputItem("fc_a")).toBeUndefined();
    expect((await store.get("resp_c"))?.id).toBe("resp_c");
  });

  it("keeps one row for an id stored again, and answers with the latest", async () => {
    const store = await open();
    await store.put(stored("resp_a", ["msg_first"]));
    await store.put(stored("resp_a", ["msg_second"]));
    expect((await store.get("resp_a"))?.response.output.map((item) => item.id)).toEqual(["msg_second"]);
    expect(await store.findOutputItem("msg_first")).toBeUndefined();
    const database = new Database(path, { readonly: true });
    expect(database.prepare("SELECT COUNT(*) AS rows FROM switchyard_responses").get()).toEqual({ rows: 1 });
    database.close();
  });

  it("rebuilds the index from the file when opened again", async () => {
    const first = await open();
    first.putMany([stored("resp_a", ["msg_a"]), stored("resp_b", ["msg_b"])]);
    await first.close();
    const again = await open();
    expect((await again.get("resp_b"))?.id).toBe("resp_b");
    expect(await again.findOutputItem("msg_a")).toMatchObject({ responseId: "resp_a" });
  });

  it("opens a file with a row whose item ids were edited into something else: that response is found by its id, the rest as before", async () => {
    const first = await open();
    first.putMany([stored("resp_a", ["msg_a"]), stored("resp_b", ["msg_b"])]);
    await first.close();
    const database = new Database(path);
    database.prepare("UPDATE switchyard_responses SET output_item_ids = 'not json' WHERE id = 'resp_a'").run();
    database.close();
    const again = await open();
    expect((await again.get("resp_a"))?.id).toBe("resp_a");
    expect(await again.findOutputItem("msg_a")).toBeUndefined();
    expect(await again.findOutputItem("msg_b")).toMatchObject({ responseId: "resp_b" });
    expect(await again.delete("resp_a")).toBe(true);
  });

  it("two processes on one file (serve --workers): each finds what the other stored, and nothing the other deleted or pruned", async () => {
    const one = await open();
    const two = await open();
    await one.put(stored("resp_1", ["msg_1"], 1_000));
    await two.put(stored("resp_2", ["msg_2"], 2_000));
    await one.put(stored("resp_3", ["msg_3"], 3_000));
    expect((await two.get("resp_1"))?.id).toBe("resp_1");
    expect(await two.findOutputItem("msg_3")).toMatchObject({ responseId: "resp_3" });
    expect((await one.get("resp_2"))?.id).toBe("resp_2");
    // A delete by one process: the other's entries for the row are stale, and it finds nothing.
    expect(await two.delete("resp_1")).toBe(true);
    expect(await one.get("resp_1")).toBeUndefined();
    expect(await one.delete("resp_1")).toBe(false);
    // Stored again by the other process: found again, with its new items.
    await two.put(stored("resp_1", ["msg_1b"], 4_000));
    expect(await one.findOutputItem("msg_1b")).toMatchObject({ responseId: "resp_1" });
    expect(await one.findOutputItem("msg_1")).toBeUndefined();
    // Retention applied by one process; the other no longer finds what it removed.
    expect(await two.prune({ createdBeforeMs: 2_500, maxTotalBytes: 1e12 })).toBe(1);
    expect(await one.get("resp_2")).toBeUndefined();
    expect(await one.prune({ createdBeforeMs: 2_500, maxTotalBytes: 1e12 })).toBe(0);
    expect((await one.get("resp_3"))?.id).toBe("resp_3");
    expect((await one.get("resp_1"))?.response.output.map((item) => item.id)).toEqual(["msg_1b"]);
  });

  it("a batch that fails is rolled back whole, and the rows written after it by either process are found", async () => {
    const one = await open();
    const two = await open();
    const bad = ["resp_bad", null, null, null, JSON.stringify(response("resp_bad", [])), 0, "[]", []] as unknown as ResponseRowValues;
    const good = ["resp_ok", null, 1_000, null, JSON.stringify(response("resp_ok", ["msg_ok"])), 0, "[]", ["msg_ok"]] as const satisfies ResponseRowValues;
    await one.put(stored("resp_kept", ["msg_kept"]));
    // The batch stores resp_kept again (deleting its row) before it fails: the row is back, and found.
    const again = ["resp_kept", null, 2_000, null, JSON.stringify(response("resp_kept", ["msg_new"])), 0, "[]", ["msg_new"]] as const satisfies ResponseRowValues;
    expect(() => one.putRows([good, again, bad])).toThrow(/NOT NULL/);
    expect(await one.get("resp_ok")).toBeUndefined();
    expect((await one.get("resp_kept"))?.response.output.map((item) => item.id)).toEqual(["msg_kept"]);
    expect(await one.findOutputItem("msg_kept")).toMatchObject({ responseId: "resp_kept" });
    // The failed batch's seqs are drawn again: first by the other process, then by this one.
    await two.put(stored("resp_two", ["msg_two"]));
    await one.put(stored("resp_one", ["msg_one"]));
    expect((await one.get("resp_two"))?.id).toBe("resp_two");
    expect(await one.findOutputItem("msg_two")).toMatchObject({ responseId: "resp_two" });
    expect((await two.get("resp_one"))?.id).toBe("resp_one");
    expect(await one.findOutputItem("msg_ok")).toBeUndefined();
  });

  it("finds every row of two processes writing interleaved batches", async () => {
    const one = await open();
    const two = await open();
    const rows = Array.from({ length: 5_000 }, (_, n) => stored(`resp_${n}`, [`msg_${n}`]));
    // Interleaved: neither process's rows are contiguous, so only a catch-up moves its filing on.
    for (let n = 0; n < rows.length; n += 100) {
      two.putMany(rows.slice(n, n + 50));
      one.putMany(rows.slice(n + 50, n + 100));
    }
    expect((await one.get("resp_10"))?.id).toBe("resp_10");
    expect((await two.get("resp_4999"))?.id).toBe("resp_4999");
  });
});
