import type { Catalog } from "../catalog/index.js";
import type { LedgerConfig } from "../config/gateway-config.js";
import type { RequestObserver } from "./request-summary.js";
import type { Logger } from "../shared/logger.js";
import { buildUsageRecord } from "./build-usage-record.js";
import { LedgerWriter } from "./ledger-writer.js";
import type { KeyUsageRow, LedgerStore, PruneResult, UsageQuery } from "./stores/ledger-store.js";
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
  const retention = options.config.retentionDays === undefined ? undefined : startRetention(options.config.retentionDays, async (before) => {
    await migrate();
    return store.prune(before);
  }, options.logger);
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
    close: async () => {
      await retention?.stop();
      await writer.close();
    },
  };
}

/** How often retention runs after the one at startup. */
const retentionIntervalMs = 3_600_000;

/**
 * `ledger.retention_days`: at startup and then hourly, everything before the UTC
 * midnight `days` days ago goes (raw rows, rollup days and shadow pairs together,
 * so the rollup never outlives its rows). A failed run is logged and retried at
 * the next tick; `stop()` waits for a run in progress so shutdown closes a quiet store.
 */
function startRetention(days: number, prune: (before: number) => Promise<PruneResult>, logger: Logger): { stop: () => Promise<void> } {
  let running: Promise<void> | undefined;
  const run = (): void => {
    if (running) return;
    const before = Math.floor(Date.now() / 86_400_000) * 86_400_000 - days * 86_400_000;
    running = prune(before)
      .then((result) => {
        if (result.rows + result.rollupRows + result.partitionsDropped > 0) logger.info({ before: new Date(before).toISOString(), ...result }, "ledger retention removed old usage");
      })
      .catch((error: unknown) => logger.error({ error: (error as Error).message }, "ledger retention failed; retrying at the next run"))
      .finally(() => (running = undefined));
  };
  run();
  const timer = setInterval(run, retentionIntervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
