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
  /** True when the client left before the answer was complete. */
  readonly clientDisconnected: boolean;
}

export type RequestObserver = (summary: RequestSummary) => void;

/** Prices a finished request; the ledger's pricing, injected so the handler stays free of catalog lookups. */
export type CostCalculator = (input: { readonly provider: string; readonly upstreamModel: string; readonly usage: Usage }) => number | undefined;
