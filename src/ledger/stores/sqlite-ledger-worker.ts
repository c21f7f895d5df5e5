import { parentPort, workerData } from "node:worker_threads";
import type { LedgerStore } from "./ledger-store.js";
import { createSqliteLedgerStore } from "./sqlite-ledger-store.js";
import type { WorkerReply, WorkerRequest } from "./sqlite-worker-protocol.js";

/**
 * The SQLite ledger's writer thread: it owns the database connection and runs
 * each call the gateway's thread posts, one at a time, in arrival order. Each
 * batch is committed before its reply is sent, so a record acknowledged to the
 * LedgerWriter is on disk (WAL) exactly as it was when the insert ran inline.
 */
const port = parentPort;
if (!port) throw new Error("sqlite-ledger-worker runs as a worker thread only");
const store: LedgerStore = createSqliteLedgerStore((workerData as { path: string }).path);
let queue: Promise<void> = Promise.resolve();

port.on("message", (request: WorkerRequest) => {
  queue = queue.then(async () => {
    let reply: WorkerReply;
    try {
      const method = store[request.method] as (this: LedgerStore, ...args: unknown[]) => Promise<unknown>;
      reply = { id: request.id, ok: true, value: await method.apply(store, request.args) };
    } catch (error) {
      reply = { id: request.id, ok: false, message: (error as Error).message };
    }
    port.postMessage(reply);
    if (request.method === "close") port.close();
  });
});
