import type { ShadowPair, ShadowPairQuery } from "../shadow-pair.js";
import type { UsageRecord } from "../usage-record.js";
import type { ConsoleQueries } from "./console-queries-sql.js";

/** Filters and grouping for `switchyard usage`. */
export interface UsageQuery {
  /** Inclusive lower bound, epoch ms. */
  readonly since?: number;
  /** Exclusive upper bound, epoch ms. */
  readonly until?: number;
}

/** What usage can be grouped by: the UTC day, the request's labels, the virtual key, the provider and the upstream model. */
export type UsageDimension = "day" | "alias" | "family" | "vendor" | "licence" | "key" | "provider" | "model";

/** An aggregation over a period: one row per distinct combination of `by` (none: one total row). */
export interface AggregateQuery extends UsageQuery {
  readonly by: readonly UsageDimension[];
}

/** Measures summed in the database; sums skip unknown values and the `*Unknown` counts say how many. */
export interface UsageMeasures {
  readonly requests: number;
  readonly errors: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly cachedInputTokens: number;
  readonly cacheWriteTokens: number;
  readonly reasoningTokens: number;
  readonly costUsd: number;
  readonly usageUnknown: number;
  readonly costUnknown: number;
}

/**
 * One aggregated row. `group` holds exactly the dimensions asked for (`day` as
 * YYYY-MM-DD; `key` as the key id; a label the record did not have as null).
 * `keyName` is the key's name when grouping by key (else any name seen).
 */
export interface AggregateRow extends UsageMeasures {
  readonly group: { readonly [dimension in UsageDimension]?: string | null };
  readonly keyName: string | null;
}

/** What retention removed. */
export interface PruneResult {
  readonly rows: number;
  readonly rollupRows: number;
  /** PostgreSQL: monthly partitions dropped whole. */
  readonly partitionsDropped: number;
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

/** Requests and spend of one virtual key (or, with a null key, of requests made without one). */
export interface KeyUsageRow {
  readonly keyId: string | null;
  readonly keyName: string | null;
  readonly requests: number;
  readonly errors: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  /** Priced spend in USD; requests that could not be priced add nothing (counted in `costUnknown`). */
  readonly costUsd: number;
  readonly costUnknown: number;
}

/**
 * Where usage records live. `insert` must be idempotent by `recordId`: records
 * replayed from the spill file after an outage may already have been written.
 */
export interface LedgerStore {
  /** The web console's aggregated reads (both SQL stores have them). */
  readonly console?: ConsoleQueries;
  readonly kind: "sqlite" | "postgres";
  migrate(): Promise<void>;
  insert(records: readonly UsageRecord[]): Promise<void>;
  usage(query: UsageQuery): Promise<UsageRow[]>;
  /** Usage by any dimensions over a period, aggregated in the database (whole days from the daily rollup). */
  aggregate(query: AggregateQuery): Promise<AggregateRow[]>;
  /** Retention: deletes usage rows, rollup days and shadow pairs before `before` (epoch ms; a UTC midnight). */
  prune(before: number): Promise<PruneResult>;
  /** Totals per virtual key over the period, highest spend first. */
  keyUsage(query: UsageQuery): Promise<KeyUsageRow[]>;
  /** Shadow comparisons, idempotent by pair id. */
  insertShadowPairs(pairs: readonly ShadowPair[]): Promise<void>;
  /** Newest first. */
  shadowPairs(query: ShadowPairQuery): Promise<ShadowPair[]>;
  count(): Promise<number>;
  close(): Promise<void>;
}
