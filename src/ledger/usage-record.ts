import type { AttemptRecord } from "../routing/execute-plan.js";

/**
 * What the ledger stores for one request. Token counts and cost are `null` when
 * not reported or not priceable: "unknown" must never be summed as 0.
 */
export interface UsageRecord {
  readonly requestId: string;
  /** Epoch milliseconds when the request ended. */
  readonly time: number;
  readonly keyId: string | null;
  readonly keyName: string | null;
  readonly alias: string | null;
  readonly provider: string | null;
  readonly upstreamModel: string | null;
  /** Catalog labels for the upstream model; null when the catalog does not know it. */
  readonly catalogModel: string | null;
  readonly family: string | null;
  readonly vendor: string | null;
  readonly licence: string | null;
  readonly openWeight: boolean | null;
  readonly status: number;
  readonly errorCode: string | null;
  readonly stream: boolean;
  readonly cacheHit: boolean;
  readonly shadow: boolean;
  readonly clientDisconnected: boolean;
  readonly inputTokens: number | null;
  readonly outputTokens: number | null;
  readonly cachedInputTokens: number | null;
  readonly cacheWriteTokens: number | null;
  readonly reasoningTokens: number | null;
  readonly costUsd: number | null;
  readonly latencyMs: number;
  readonly firstTokenMs: number | null;
  readonly finishReason: string | null;
  readonly attempts: readonly AttemptRecord[];
  readonly warnings: readonly string[];
}
