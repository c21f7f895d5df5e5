import type { Catalog } from "../catalog/index.js";
import type { LedgerConfig } from "../config/gateway-config.js";
import type { RequestObserver } from "./request-summary.js";
import type { Logger } from "../shared/logger.js";
import { buildUsageRecord } from "./build-usage-record.js";
import { LedgerWriter } from "./ledger-writer.js";
import type { KeyUsageRow, LedgerStore, UsageQuery } from "./stores/ledger-store.js";
import { createSqliteLedgerStore } from "./stores/sqlite-ledger-store.js";
import type { ConsoleQueries } from "./stores/console-queries-sql.js";
import type { ShadowPair, ShadowPairQuery } from "./shadow-pair.js";
import { createSqliteWorkerLedgerStore } from "./stores/sqlite-worker-ledger-store.js";

/**
 * The configured store. The PostgreSQL driver is loaded only when it is configured
 * (it costs ~15 MB of RSS). `writerThread` puts SQLite on a worker thread: the
 * gateway wants that (its event loop serves requests); a one-shot reader such as
 * `switchyard usage` does not need the thread.
 */
export async function openLedgerStore(config: LedgerConfig, options: { readonly writerThread?: boolean } = {}): Promise<LedgerStore> {
  if (config.store.kind === "sqlite") return options.writerThread ? createSqliteWorkerLedgerStore(config.store.path) : createSqliteLedgerStore(config.store.path);
  const { createPostgresLedgerStore } = await import("./stores/postgres-ledger-store.js");
  return createPostgresLedgerStore({ url: config.store.url, poolSize: config.store.poolSize });
}

export interface Ledger {
  readonly observer: RequestObserver;
  readonly writer: LedgerWriter;
  /** Per-key totals from the store (records still buffered in the writer, up to `flush_interval_ms`, are not in them yet). */
  keyUsage(query: UsageQuery): Promise<KeyUsageRow[]>;
  /** The web console's reads (same caveat: the writer's buffer is not in them yet). */
  readonly console: ConsoleQueries | undefined;
  /** Shadow comparisons, newest first. */
  shadowPairs(query: ShadowPairQuery): Promise<ShadowPair[]>;
  close(): Promise<void>;
}

/**
 * The gateway's ledger: a request observer that turns each finished request into
 * a record and hands it to the batching writer. If the store cannot even be
 * migrated at startup (PostgreSQL down), the gateway still starts: records buffer
 * and spill, and the migration is retried with each flush until it succeeds.
 */
export async function createLedger(options: { config: LedgerConfig; catalog: Catalog | undefined; logger: Logger }): Promise<Ledger> {
  const store = await openLedgerStore(options.config, { writerThread: true });
  let migrated = false;
  const migrate = async (): Promise<void> => {
    if (migrated) return;
    await store.migrate();
    migrated = true;
  };
  await migrate().catch((error: unknown) => {
    options.logger.error({ error: (error as Error).message }, "ledger store unavailable at startup; records will be buffered and replayed");
  });
  const migratingStore: LedgerStore = {
    ...store,
    insert: async (records) => {
      await migrate();
      await store.insert(records);
    },
  };
  const writer = new LedgerWriter({
    store: migratingStore,
    logger: options.logger,
    flushIntervalMs: options.config.flushIntervalMs,
    batchSize: options.config.batchSize,
    maxBuffered: options.config.maxBuffered,
    spillPath: options.config.spillPath,
  });
  return {
    observer: (summary) => writer.record(buildUsageRecord(summary, options.catalog)),
    writer,
    keyUsage: async (query) => {
      await migrate();
      return store.keyUsage(query);
    },
    console: store.console,
    shadowPairs: async (query) => {
      await migrate();
      return store.shadowPairs(query);
    },
    close: () => writer.close(),
  };
}
