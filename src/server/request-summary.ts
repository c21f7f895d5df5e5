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
