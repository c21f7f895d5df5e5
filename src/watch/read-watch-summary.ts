import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { defaultLedger, type LedgerConfig } from "../config/gateway-config.js";
import { openWatchStore } from "./store/open-watch-store.js";
import type { WatchSummary } from "./watch-summary.js";

export type { DeprecationEvent, Gating, GatingChangeEvent, LicenceChangeEvent, PriceChangeEvent, ReleaseEvent, TimelineRelease, VendorTimeline, WatchEvent, WatchEventType, WatchPrice, WatchSummary, WatchTrigger } from "./watch-summary.js";

export interface ReadWatchSummaryOptions {
  /** The ledger whose database holds the watch store (a loaded config's `ledger`); default `.switchyard/ledger.db` under `cwd`. */
  readonly ledger?: LedgerConfig;
  /** Folder a relative SQLite path is taken from (default: the working directory). */
  readonly cwd?: string;
  /**
   * ISO date or datetime. When set, `events` holds every event detected by runs at or
   * after it (oldest first), not only the latest run's; `vendors` and `triggers` are
   * always the latest run's.
   */
  readonly eventsSince?: string;
}

export interface LatestWatchSummary {
  /** ISO datetime of the latest `switchyard watch` run. */
  readonly ranAt: string;
  readonly summary: WatchSummary;
}

/**
 * The latest `switchyard watch` result from the store: what `watch --format json`
 * printed for that run. Undefined when watch has never run against this store
 * (no SQLite file yet, or no run recorded). Throws when the store cannot be opened
 * (PostgreSQL unreachable) or `eventsSince` is not a date.
 */
export async function readWatchSummary(options: ReadWatchSummaryOptions = {}): Promise<LatestWatchSummary | undefined> {
  const cwd = options.cwd ?? process.cwd();
  const ledger = options.ledger ?? defaultLedger;
  if (ledger.store.kind === "sqlite" && ledger.store.path !== ":memory:" && !existsSync(resolve(cwd, ledger.store.path))) return undefined;
  const since = options.eventsSince === undefined ? undefined : Date.parse(options.eventsSince);
  if (since !== undefined && Number.isNaN(since)) throw new Error(`eventsSince: not a date: ${options.eventsSince}`);
  const store = await openWatchStore({ ledger, cwd });
  try {
    const latest = await store.latestRun();
    if (latest === undefined) return undefined;
    if (since === undefined) return latest;
    const runs = await store.runsSince(new Date(since).toISOString());
    return { ranAt: latest.ranAt, summary: { ...latest.summary, events: runs.flatMap((run) => run.summary.events) } };
  } finally {
    await store.close();
  }
}
