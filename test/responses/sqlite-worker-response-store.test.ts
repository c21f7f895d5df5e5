import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import type { ResponsesObject } from "../../src/protocols/openai-responses/responses-object.js";
import type { StoredResponse } from "../../src/responses-store/response-store.js";
import { createSqliteWorkerResponseStore, maxUncommittedPuts } from "../../src/responses-store/sqlite-worker-response-store.js";

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function databasePath(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "switchyard-response-worker-"));
  folders.push(folder);
  return join(folder, "responses.db");
}

function stored(id: string): StoredResponse {
  const response = {
    id,
    object: "response",
    created_at: 1,
    status: "completed",
    model: "chat",
    output: [{ type: "message", id: `msg_${id}`, role: "assistant", status: "completed", content: [{ type: "output_text", text: "ok", annotations: [], logprobs: [] }] }],
  } as unknown as ResponsesObject;
  return { id, owner: "key_1", createdAtMs: 1_000, previousResponseId: undefined, response, inputItems: [{ type: "message", role: "user", content: "hi", id: `in_${id}` }] };
}

describe("SQLite response store on a writer thread", () => {
  it("reads its own writes: every get, item lookup and delete posted after an unawaited commit sees it", async () => {
    const errors: unknown[] = [];
    const store = createSqliteWorkerResponseStore({ path: await databasePath(), awaitCommit: false, onWriteError: (error) => errors.push(error) });
    await store.migrate();
    const ids = Array.from({ length: 40 }, (_, index) => `resp_${index}`);
    // Not awaited one by one: each put returns once posted, its commit still queued on the thread.
    await Promise.all(ids.map((id) => store.put(stored(id))));
    for (const id of ids) expect((await store.get(id))?.response.id).toBe(id);
    expect(await store.findOutputItem("msg_resp_7")).toMatchObject({ responseId: "resp_7", owner: "key_1" });
    expect(await store.delete("resp_7")).toBe(true);
    expect(await store.get("resp_7")).toBeUndefined();
    expect(errors).toEqual([]);
    await store.close();
  });

  it("reports a write that failed after put returned, and waits for commits once too many are outstanding", async () => {
    const failed: string[] = [];
    const store = createSqliteWorkerResponseStore({ path: await databasePath(), awaitCommit: false, onWriteError: (_error, id) => failed.push(id) });
    // Not migrated: the thread's store refuses every put.
    const early = Array.from({ length: maxUncommittedPuts }, (_, index) => store.put(stored(`resp_${index}`)));
    await Promise.all(early); // posted, not committed: they resolve all the same
    await expect(store.put(stored("resp_over"))).rejects.toThrow("response store used before migrate()");
    await expect.poll(() => failed.length).toBe(maxUncommittedPuts);
    expect(failed[0]).toBe("resp_0");
    await store.close();
  });

  it("with awaitCommit (several processes share the file) put resolves only once committed", async () => {
    const path = await databasePath();
    const store = createSqliteWorkerResponseStore({ path, awaitCommit: true, onWriteError: () => undefined });
    await expect(store.put(stored("resp_early"))).rejects.toThrow("response store used before migrate()");
    await store.migrate();
    await store.put(stored("resp_a"));
    // Another connection (another process) sees it as soon as put has resolved.
    const other = new Database(path, { readonly: true });
    expect(other.prepare("SELECT id FROM switchyard_responses").all()).toEqual([{ id: "resp_a" }]);
    other.close();
    await store.close();
  });

  it("commits gathered puts within milliseconds with no further call, and full batches at once", async () => {
    const path = await databasePath();
    const store = createSqliteWorkerResponseStore({ path, awaitCommit: false, onWriteError: (error) => { throw error; } });
    await store.migrate();
    // Fewer than a batch: only the short delay sends them (the bound on what a kill -9 loses).
    for (let index = 0; index < 3; index++) await store.put(stored(`resp_${index}`));
    const other = new Database(path, { readonly: true });
    const count = (): number => (other.prepare("SELECT COUNT(*) AS n FROM switchyard_responses").get() as { n: number }).n;
    await expect.poll(count, { timeout: 2000, interval: 5 }).toBe(3);
    // More than a batch at once: the full batches go without waiting for the delay.
    await Promise.all(Array.from({ length: maxUncommittedPuts }, (_, index) => store.put(stored(`resp_more_${index}`))));
    await expect.poll(count, { timeout: 2000, interval: 5 }).toBe(3 + maxUncommittedPuts);
    other.close();
    await store.close();
  });

  it("commits every posted write before close() resolves", async () => {
    const path = await databasePath();
    const store = createSqliteWorkerResponseStore({ path, awaitCommit: false, onWriteError: (error) => { throw error; } });
    await store.migrate();
    for (let index = 0; index < 50; index++) await store.put(stored(`resp_${index}`));
    await store.close();
    const database = new Database(path, { readonly: true });
    expect((database.prepare("SELECT COUNT(*) AS n FROM switchyard_responses").get() as { n: number }).n).toBe(50);
    database.close();
  });
});
