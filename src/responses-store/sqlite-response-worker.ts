import { workerData } from "node:worker_threads";
import { serveWorkerCalls } from "../shared/serve-worker-calls.js";
import type { ResponseStore, StoredResponse } from "./response-store.js";
import { createSqliteResponseStore, type SqliteResponseStore } from "./sqlite-response-store.js";

/**
 * The SQLite response store's thread: owns the connection and runs the calls the
 * gateway's thread posts, in arrival order, each `put` committed before its reply.
 * Reads run here too, queued behind earlier writes: that order is what gives a
 * request read-your-writes without the gateway waiting for the commit.
 */
const store = createSqliteResponseStore((workerData as { path: string }).path);

/** A put crosses as text when the gateway held the response as text (the Response's own, or its stream event's): parsed here, off its thread. */
type Posted = Omit<StoredResponse, "response"> & { readonly response?: StoredResponse["response"] };
const received = (posted: Posted): StoredResponse => ({ ...posted, response: posted.response ?? responseOf(posted) });

function responseOf(posted: Posted): StoredResponse["response"] {
  if (posted.responseJson !== undefined) return JSON.parse(posted.responseJson) as StoredResponse["response"];
  const event = JSON.parse(posted.responseEventJson!) as { response?: StoredResponse["response"] };
  if (typeof event.response !== "object" || event.response === null) throw new Error(`stored stream event of ${posted.id} has no response`);
  return event.response;
}

const handlers: { readonly [method in Exclude<keyof SqliteResponseStore, "kind" | "put">]: (args: readonly unknown[]) => unknown } = {
  migrate: () => store.migrate(),
  putMany: ([posted]) => store.putMany((posted as readonly Posted[]).map(received)),
  get: ([id]) => store.get(id as string),
  delete: ([id]) => store.delete(id as string),
  findOutputItem: ([itemId]) => store.findOutputItem(itemId as string),
  prune: ([limits]) => store.prune(limits as Parameters<ResponseStore["prune"]>[0]),
  close: () => store.close(),
};

serveWorkerCalls("sqlite-response-worker", handlers);
