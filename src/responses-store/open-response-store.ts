import type { LedgerConfig, ResponsesConfig } from "../config/gateway-config.js";
import type { ResponseStore } from "./response-store.js";
import { responsesFilePath } from "./responses-file-path.js";
import { createSqliteWorkerResponseStore } from "./sqlite-worker-response-store.js";

/** How often retention and the size cap are applied while the gateway runs. */
const pruneIntervalMs = 60 * 60 * 1000;

export interface OpenedResponseStore {
  readonly store: ResponseStore;
  /** Applies retention and the size cap now (also run at open and hourly). */
  prune(): Promise<number>;
  close(): Promise<void>;
}

/**
 * The Responses store beside the ledger: a SQLite file next to `ledger.path`
 * (responses-file-path.ts; responses an earlier build kept in the ledger's file are
 * moved into it) or PostgreSQL at `ledger.url` (whether or not usage recording is on). The
 * PostgreSQL driver is loaded only when configured, as for the ledger. Rejects when
 * the database cannot be migrated; the caller decides whether to run without it.
 * SQLite runs on a worker thread; `sharedByProcesses` (`serve --workers N`) makes
 * each write committed before the answer ends, since a follow-up may reach another process.
 */
export async function openResponseStore(options: {
  ledger: LedgerConfig;
  responses: ResponsesConfig;
  sharedByProcesses: boolean;
  onPruneError: (error: unknown) => void;
  onWriteError: (error: unknown, id: string) => void;
}): Promise<OpenedResponseStore> {
  const { ledger, responses } = options;
  let store: ResponseStore;
  if (ledger.store.kind === "sqlite") {
    store = createSqliteWorkerResponseStore({ path: responsesFilePath(ledger.store.path), earlierPath: ledger.store.path, awaitCommit: options.sharedByProcesses, onWriteError: options.onWriteError });
  } else {
    const { createPostgresResponseStore } = await import("./postgres-response-store.js");
    store = createPostgresResponseStore({ url: ledger.store.url, poolSize: ledger.store.poolSize });
  }
  try {
    await store.migrate();
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  const prune = (): Promise<number> => store.prune({ createdBeforeMs: Date.now() - responses.retentionDays * 86_400_000, maxTotalBytes: responses.maxStoreBytes });
  await prune().catch(options.onPruneError);
  const timer = setInterval(() => void prune().catch(options.onPruneError), pruneIntervalMs);
  timer.unref();
  return {
    store,
    prune,
    close: async () => {
      clearInterval(timer);
      await store.close();
    },
  };
}
