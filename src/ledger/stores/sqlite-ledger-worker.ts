import { workerData } from "node:worker_threads";
import { serveWorkerCalls } from "../../shared/serve-worker-calls.js";
import type { LedgerStore } from "./ledger-store.js";
import type { ConsoleQueries } from "./console-queries-sql.js";
import { createSqliteLedgerStore } from "./sqlite-ledger-store.js";
import type { WorkerMethod } from "./sqlite-worker-protocol.js";

/**
 * The SQLite ledger's writer thread: it owns the database connection and runs
 * each call the gateway's thread posts, one at a time, in arrival order. Each
 * batch is committed before its reply is sent, so a record acknowledged to the
 * LedgerWriter is on disk (WAL) exactly as it was when the insert ran inline.
 */
const store: LedgerStore = createSqliteLedgerStore((workerData as { path: string }).path);

/** Each method's arguments as the gateway's thread sent them (structured clones of the store's own types). */
const handlers: { readonly [method in WorkerMethod]: (args: readonly unknown[]) => Promise<unknown> } = {
  migrate: () => store.migrate(),
  insert: ([records]) => store.insert(records as Parameters<LedgerStore["insert"]>[0]),
  usage: ([query]) => store.usage(query as Parameters<LedgerStore["usage"]>[0]),
  aggregate: ([query]) => store.aggregate(query as Parameters<LedgerStore["aggregate"]>[0]),
  prune: ([before]) => store.prune(before as number),
  keyUsage: ([query]) => store.keyUsage(query as Parameters<LedgerStore["keyUsage"]>[0]),
  insertShadowPairs: ([pairs]) => store.insertShadowPairs(pairs as Parameters<LedgerStore["insertShadowPairs"]>[0]),
  shadowPairs: ([query]) => store.shadowPairs(query as Parameters<LedgerStore["shadowPairs"]>[0]),
  count: () => store.count(),
  // The console's reads run here too: queued behind writes, never on the gateway's event loop.
  console: ([name, query]) => {
    const queries = store.console;
    if (!queries) throw new Error("this store has no console queries");
    const method = name as keyof ConsoleQueries;
    return (queries[method] as (query: unknown) => Promise<unknown>)(query);
  },
  close: () => store.close(),
};

serveWorkerCalls("sqlite-ledger-worker", handlers);
