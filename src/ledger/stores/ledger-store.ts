import type { ShadowPair, ShadowPairQuery } from "../shadow-pair.js";
import type { UsageRecord } from "../usage-record.js";

/** Filters and grouping for `switchyard usage`. */
export interface UsageQuery {
  /** Inclusive lower bound, epoch ms. */
  readonly since?: number;
  /** Exclusive upper bound, epoch ms. */
  readonly until?: number;
}

/** One aggregated row: day × alias × family × vendor × licence. Sums skip unknown values; `*Unknown` counts say how many. */
export interface UsageRow {
  readonly day: string;
  readonly alias: string | null;
  readonly family: string | null;
  readonly vendor: string | null;
  readonly licence: string | null;
  readonly requests: number;
  readonly errors: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly cachedInputTokens: number;
  readonly reasoningTokens: number;
  readonly costUsd: number;
  /** Requests whose usage was not reported (so the token sums are lower bounds). */
  readonly usageUnknown: number;
  /** Requests that could not be priced. */
  readonly costUnknown: number;
}

/**
 * Where usage records live. `insert` must be idempotent by `recordId`: records
 * replayed from the spill file after an outage may already have been written.
 */
export interface LedgerStore {
  readonly kind: "sqlite" | "postgres";
  migrate(): Promise<void>;
  insert(records: readonly UsageRecord[]): Promise<void>;
  usage(query: UsageQuery): Promise<UsageRow[]>;
  /** Shadow comparisons, idempotent by pair id. */
  insertShadowPairs(pairs: readonly ShadowPair[]): Promise<void>;
  /** Newest first. */
  shadowPairs(query: ShadowPairQuery): Promise<ShadowPair[]>;
  count(): Promise<number>;
  close(): Promise<void>;
}
