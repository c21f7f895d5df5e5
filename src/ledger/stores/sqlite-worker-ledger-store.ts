import { createWorkerThreadClient } from "../../shared/worker-thread-client.js";
import type { LedgerStore } from "./ledger-store.js";
import type { ConsoleQueries } from "./console-queries-sql.js";
import type { WorkerMethod } from "./sqlite-worker-protocol.js";

/**
 * The SQLite ledger with its writes on a worker thread (issue 18): the gateway's
 * thread only posts each batch (a structured clone) and awaits the commit, so a
 * batch of inserts never holds the event loop. Same contract as the inline store:
 * `insert` resolves once the batch is committed, so the writer's flush interval
 * still bounds what a `kill -9` can lose. If the thread dies, pending calls fail
 * (the writer buffers and spills as in any store outage) and the next call starts
 * a new thread, migrated again if it had been (see shared/worker-thread-client.ts).
 */
export function createSqliteWorkerLedgerStore(path: string): LedgerStore {
  const thread = createWorkerThreadClient({ entry: new URL("./sqlite-ledger-worker", import.meta.url), workerData: { path }, name: "ledger writer" });
  const call = (method: WorkerMethod, ...args: unknown[]): Promise<unknown> => thread.call(method, ...args);

  return {
    kind: "sqlite",
    async migrate() {
      await call("migrate");
      thread.runOnRestart("migrate");
    },
    insert: async (records) => void (await call("insert", records)),
    usage: async (query) => (await call("usage", query)) as Awaited<ReturnType<LedgerStore["usage"]>>,
    aggregate: async (query) => (await call("aggregate", query)) as Awaited<ReturnType<LedgerStore["aggregate"]>>,
    prune: async (before) => (await call("prune", before)) as Awaited<ReturnType<LedgerStore["prune"]>>,
    keyUsage: async (query) => (await call("keyUsage", query)) as Awaited<ReturnType<LedgerStore["keyUsage"]>>,
    insertShadowPairs: async (pairs) => void (await call("insertShadowPairs", pairs)),
    shadowPairs: async (query) => (await call("shadowPairs", query)) as Awaited<ReturnType<LedgerStore["shadowPairs"]>>,
    count: async () => (await call("count")) as number,
    console: {
      consoleSeries: async (query) => (await call("console", "consoleSeries", query)) as Awaited<ReturnType<ConsoleQueries["consoleSeries"]>>,
      consoleLatency: async (query) => (await call("console", "consoleLatency", query)) as Awaited<ReturnType<ConsoleQueries["consoleLatency"]>>,
      consoleExplorer: async (query) => (await call("console", "consoleExplorer", query)) as Awaited<ReturnType<ConsoleQueries["consoleExplorer"]>>,
      consoleRecentErrors: async (query) => (await call("console", "consoleRecentErrors", query)) as Awaited<ReturnType<ConsoleQueries["consoleRecentErrors"]>>,
    },
    close: () => thread.close(),
  };
}
