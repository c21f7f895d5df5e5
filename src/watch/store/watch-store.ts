import type { WatchSummary } from "../watch-summary.js";
import type { WatchedModel } from "../watched-model.js";

/** One source's feed at one time, normalised. Stored only when its content changed. */
export interface WatchSnapshot {
  /** Source name: `models-dev`, `openrouter`, `huggingface`, or `TYPE:LABEL`. */
  readonly source: string;
  readonly url: string;
  /** ISO datetime. */
  readonly fetchedAt: string;
  /** Validators for the next conditional request. */
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** Hash of `models`, so an unchanged feed fetched without an ETag adds no row. */
  readonly contentHash: string;
  readonly models: readonly WatchedModel[];
}

export interface StoredWatchRun {
  /** ISO datetime of the run. */
  readonly ranAt: string;
  readonly summary: WatchSummary;
}

/**
 * Watch snapshots and run summaries, kept in the ledger's database (SQLite file or
 * PostgreSQL) in tables of their own with their own migration list.
 */
export interface WatchStore {
  readonly kind: "sqlite" | "postgres";
  /** The newest snapshot of a source, or undefined before its first successful fetch. */
  latestSnapshot(source: string): Promise<WatchSnapshot | undefined>;
  saveSnapshot(snapshot: WatchSnapshot): Promise<void>;
  saveRun(run: StoredWatchRun): Promise<void>;
  latestRun(): Promise<StoredWatchRun | undefined>;
  /** Runs at or after `since` (ISO datetime), oldest first. */
  runsSince(since: string): Promise<StoredWatchRun[]>;
  close(): Promise<void>;
}
