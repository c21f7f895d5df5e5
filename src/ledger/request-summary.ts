import type { FinishReason } from "../core/finish-reason.js";
import type { Usage } from "../core/usage.js";
import type { Warning } from "../core/warning.js";
import type { AttemptRecord } from "../routing/execute-plan.js";

/** What one request did, handed to observers (log, ledger, metrics) after the response ends. */
export interface RequestSummary {
  readonly requestId: string;
  readonly dialect: string;
  readonly alias: string | undefined;
  /** `provider/model` that answered; undefined when none did. */
  readonly target: string | undefined;
  /** The provider and model id of that target, separately (the model id may contain `/`). */
  readonly provider: string | undefined;
  readonly upstreamModel: string | undefined;
  /** The virtual key that made the request, when governance identified one. */
  readonly keyId: string | undefined;
  readonly keyName: string | undefined;
  /** USD, from catalog prices or config overrides; undefined when usage or the price is unknown. */
  readonly costUsd: number | undefined;
  /** Served from the response cache without calling any upstream. */
  readonly cacheHit: boolean;
  /** A shadow copy of a live request (never seen by the client). */
  readonly shadow: boolean;
  readonly attempts: readonly AttemptRecord[];
  readonly status: number;
  /** Gateway error code or upstream failure kind when the request failed. */
  readonly errorCode: string | undefined;
  readonly stream: boolean;
  readonly usage: Usage | undefined;
  readonly finishReason: FinishReason | undefined;
  readonly warnings: readonly Warning[];
  readonly firstTokenMs: number | undefined;
  readonly durationMs: number;
  /** Time the gateway added before the answer's head (see server/overhead-clock.ts); absent when no head was written. */
  readonly overheadMs?: number;
  /** True when the client left before the answer was complete. */
  readonly clientDisconnected: boolean;
}

export type RequestObserver = (summary: RequestSummary) => void;

/** A summary being filled in while its request runs. */
export type RequestSummaryDraft = { -readonly [K in keyof RequestSummary]: RequestSummary[K] };

/** The summary of a request that has not got anywhere yet; handlers fill it in as it proceeds. */
export function startRequestSummary(requestId: string, dialect: string): RequestSummaryDraft {
  return {
    requestId,
    dialect,
    alias: undefined,
    target: undefined,
    provider: undefined,
    upstreamModel: undefined,
    keyId: undefined,
    keyName: undefined,
    costUsd: undefined,
    cacheHit: false,
    shadow: false,
    attempts: [],
    status: 200,
    errorCode: undefined,
    stream: false,
    usage: undefined,
    finishReason: undefined,
    warnings: [],
    firstTokenMs: undefined,
    durationMs: 0,
    clientDisconnected: false,
  };
}

/** Prices the finished request and tells every observer; one failing observer never affects the others or the request. */
export function finishRequestSummary(summary: RequestSummaryDraft, options: { startedAt: number; cost: CostCalculator | undefined; observers: readonly RequestObserver[]; onObserverError: (error: unknown) => void }): void {
  summary.durationMs = performance.now() - options.startedAt;
  if (summary.usage && summary.provider && summary.upstreamModel && options.cost) {
    summary.costUsd = options.cost({ provider: summary.provider, upstreamModel: summary.upstreamModel, usage: summary.usage });
  }
  for (const observe of options.observers) {
    try {
      observe(summary);
    } catch (error) {
      options.onObserverError(error);
    }
  }
}

/** Prices a finished request; the ledger's pricing, injected so the handler stays free of catalog lookups. */
export type CostCalculator = (input: { readonly provider: string; readonly upstreamModel: string; readonly usage: Usage }) => number | undefined;
