import { workerData } from "node:worker_threads";
import { serveWorkerCalls } from "../shared/serve-worker-calls.js";
import type { ResponseStore } from "./response-store.js";
import type { ResponseRowValues } from "./response-row-values.js";
import { createSqliteResponseStore, type SqliteResponseStore } from "./sqlite-response-store.js";

/**
 * The SQLite response store's thread: owns the connection and runs the calls the
 * gateway's thread posts, in arrival order, each `put` committed before its reply.
 * Reads run here too, queued behind earlier writes: that order is what gives a
 * request read-your-writes without the gateway waiting for the commit.
 */
const { path, earlierPath } = workerData as { path: string; earlierPath?: string };
const store = createSqliteResponseStore(path, { earlierPath });

const handlers: { readonly [method in Exclude<keyof SqliteResponseStore, "kind" | "put" | "putMany">]: (args: readonly unknown[]) => unknown } = {
  migrate: () => store.migrate(),
  // A relayed response arrives as its text with its output items' ids, and is written without a parse.
  putRows: ([rows]) => store.putRows(rows as readonly ResponseRowValues[]),
  get: ([id]) => store.get(id as string),
  delete: ([id]) => store.delete(id as string),
  findOutputItem: ([itemId]) => store.findOutputItem(itemId as string),
  prune: ([limits]) => store.prune(limits as Parameters<ResponseStore["prune"]>[0]),
  close: () => store.close(),
};

serveWorkerCalls("sqlite-response-worker", handlers);
