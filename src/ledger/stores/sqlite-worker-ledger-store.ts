import { Worker } from "node:worker_threads";
import type { LedgerStore } from "./ledger-store.js";
import type { ConsoleQueries } from "./console-queries-sql.js";
import type { WorkerMethod, WorkerReply, WorkerRequest } from "./sqlite-worker-protocol.js";

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

/**
 * The SQLite ledger with its writes on a worker thread (issue 18): the gateway's
 * thread only posts each batch (a structured clone) and awaits the commit, so a
 * batch of inserts never holds the event loop. Same contract as the inline store:
 * `insert` resolves once the batch is committed, so the writer's flush interval
 * still bounds what a `kill -9` can lose. If the thread dies, pending calls fail
 * (the writer buffers and spills as in any store outage) and the next call starts
 * a new thread, migrated again if it had been.
 */
export function createSqliteWorkerLedgerStore(path: string): LedgerStore {
  let worker: Worker | undefined;
  let nextId = 0;
  let migrated = false;
  const pending = new Map<number, Pending>();

  const start = (): Worker => {
    const started = spawnWorker(path);
    started.on("message", (reply: WorkerReply) => {
      const call = pending.get(reply.id);
      if (!call) return;
      pending.delete(reply.id);
      if (reply.ok) call.resolve(reply.value);
      else call.reject(new Error(reply.message));
      // Idle, the thread must not keep a finished CLI or test process alive.
      if (pending.size === 0) started.unref();
    });
    const fail = (error: Error): void => {
      if (worker === started) worker = undefined;
      for (const call of pending.values()) call.reject(error);
      pending.clear();
    };
    started.on("error", fail);
    started.on("exit", (code) => fail(new Error(`ledger writer thread exited (code ${code})`)));
    started.unref();
    return started;
  };

  const call = async (method: WorkerMethod, ...args: unknown[]): Promise<unknown> => {
    if (!worker) {
      worker = start();
      if (migrated && method !== "migrate") await send(worker, "migrate", []);
    }
    return send(worker, method, args);
  };

  const send = (target: Worker, method: WorkerMethod, args: readonly unknown[]): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      target.ref();
      target.postMessage({ id, method, args } satisfies WorkerRequest);
    });

  return {
    kind: "sqlite",
    async migrate() {
      await call("migrate");
      migrated = true;
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
    async close() {
      const closing = worker;
      if (!closing) return;
      await send(closing, "close", []);
      worker = undefined;
      await closing.terminate();
    },
  };
}

/**
 * Built, the thread runs `sqlite-ledger-worker.js` beside this file. From source
 * (tests, `tsx`), the sibling is a `.ts` file, which a worker can only load
 * through tsx's loader, registered inside the thread.
 */
function spawnWorker(path: string): Worker {
  const here = import.meta.url;
  if (here.endsWith(".ts")) {
    const entry = new URL("./sqlite-ledger-worker.ts", here).href;
    const bootstrap = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
    return new Worker(bootstrap, { eval: true, workerData: { path } });
  }
  return new Worker(new URL("./sqlite-ledger-worker.js", here), { workerData: { path } });
}
