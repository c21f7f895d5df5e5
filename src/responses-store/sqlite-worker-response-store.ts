import { createWorkerThreadClient } from "../shared/worker-thread-client.js";
import type { ResponseStore, StoredResponse, StoredItem } from "./response-store.js";
import { toRowValues, type ResponseRowValues } from "./response-row-values.js";

/**
 * Writes handed to the thread and not yet committed before `put` starts waiting
 * for the commit: the most a `kill -9` can lose of answers the clients already
 * have, and a cap on the memory a slow disk can hold up.
 */
export const maxUncommittedPuts = 256;

/**
 * Puts gathered before they cross to the thread together: up to this many, or for
 * at most `flushDelayMs`. A commit writes every page its batch touched to the WAL,
 * so its cost is shared by the batch; one batch per event-loop turn (a few puts)
 * left the commits costing the writer thread more than the rest of a stored
 * response. Half of `maxUncommittedPuts`, so a busy gateway rarely waits for a commit.
 * At 32 puts or 5 ms a busy gateway posted a batch every ~20 puts, seven times as
 * often as the ledger's writer is posted to; each post wakes the thread and costs
 * the gateway's thread too. 128 or 20 ms (2026-12-07): 6-20 µs less CPU a request,
 * streamed and plain, in alternating rounds (bench/results/responses-profile.md).
 */
const batchPuts = maxUncommittedPuts / 2;
const flushDelayMs = 20;

interface Queued {
  readonly posted: ResponseRowValues;
  /** Only a put that waits for its commit has a promise; the others' failures go to `onWriteError`. */
  readonly waiting?: { readonly resolve: () => void; readonly reject: (error: unknown) => void };
}

const resolved = Promise.resolve();

/**
 * The SQLite response store on a worker thread (see shared/worker-thread-client.ts),
 * so the commit of each stored response never holds the gateway's event loop.
 * Puts are gathered (`batchPuts`, `flushDelayMs`), cross to the thread as one
 * message and are committed in one transaction (a message and a commit per put
 * cost more than the clone and the inserts).
 *
 * Read-your-writes: every call runs on the one thread in the order posted, and
 * any other call first posts the puts still queued, so a `get` (a
 * `GET /v1/responses/{id}`, a `previous_response_id`) issued after a `put` is
 * answered after that put has committed. `put` therefore resolves at once, unless
 * `maxUncommittedPuts` writes are already waiting, or `awaitCommit` is set
 * (several processes share the file, `serve --workers N`: a follow-up may reach
 * another process, which only sees committed rows; then each event-loop turn's
 * puts go at once, not gathered). A write that fails after `put` resolved goes to
 * `onWriteError`. A `kill -9` loses at most `maxUncommittedPuts` answers the
 * clients have, from the last few tens of milliseconds (the ledger's writer holds a second).
 */
export function createSqliteWorkerResponseStore(options: {
  readonly path: string;
  /** The ledger's file, where earlier builds kept the responses (sqlite-response-store.ts). */
  readonly earlierPath?: string;
  readonly awaitCommit: boolean;
  readonly onWriteError: (error: unknown, id: string) => void;
}): ResponseStore {
  const thread = createWorkerThreadClient({ entry: new URL("./sqlite-response-worker", import.meta.url), workerData: { path: options.path, earlierPath: options.earlierPath }, name: "response store" });
  let uncommitted = 0;
  let queued: Queued[] = [];
  let timer: NodeJS.Timeout | undefined;
  let immediate: NodeJS.Immediate | undefined;

  const flush = (): void => {
    clearTimeout(timer);
    clearImmediate(immediate);
    timer = immediate = undefined;
    if (queued.length === 0) return;
    const batch = queued;
    queued = [];
    const posted = thread.call("putRows", batch.map((entry) => entry.posted));
    // The clone has crossed: only ids and waiters are kept until the commit, so the
    // responses' text is garbage now, not held (and promoted) while the thread commits.
    const settled = batch.map((entry) => entry.waiting ?? entry.posted[0]);
    posted.then(
      () => {
        uncommitted -= settled.length;
        for (const entry of settled) if (typeof entry !== "string") entry.resolve();
      },
      (error: unknown) => {
        uncommitted -= settled.length;
        for (const entry of settled) {
          if (typeof entry !== "string") entry.reject(error);
          else options.onWriteError(error, entry);
        }
      },
    );
  };
  const call = (method: string, ...args: unknown[]): Promise<unknown> => {
    flush();
    return thread.call(method, ...args);
  };

  return {
    kind: "sqlite",
    async migrate() {
      await call("migrate");
      thread.runOnRestart("migrate");
    },
    put(stored: StoredResponse): Promise<void> {
      uncommitted++;
      const posted = toRowValues(stored);
      const waits = options.awaitCommit || uncommitted > maxUncommittedPuts;
      // Most puts do not wait: no promise of their own, so nothing to allocate or settle per answer.
      let committed = resolved;
      if (waits) committed = new Promise<void>((resolve, reject) => queued.push({ posted, waiting: { resolve, reject } }));
      else queued.push({ posted });
      if (queued.length >= batchPuts) flush();
      // A put that waits for its commit is held back no longer than this event-loop turn.
      else if (waits) immediate ??= setImmediate(flush);
      else timer ??= setTimeout(flush, flushDelayMs);
      return committed;
    },
    get: async (id) => (await call("get", id)) as StoredResponse | undefined,
    delete: async (id) => (await call("delete", id)) as boolean,
    findOutputItem: async (itemId) => (await call("findOutputItem", itemId)) as StoredItem | undefined,
    prune: async (limits) => (await call("prune", limits)) as number,
    async close() {
      flush();
      await thread.close();
    },
  };
}
