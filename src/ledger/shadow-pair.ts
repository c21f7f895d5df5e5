import type { ChatRequest } from "../core/chat-request.js";

/** What a model answered, as far as evaluation needs it. */
export interface CapturedOutput {
  readonly text: string;
  readonly toolCalls: readonly { readonly name: string; readonly arguments: string }[];
  readonly finishReason: string | null;
}

/** One side of a shadow comparison. Content fields are null unless capture is on (`capture.enabled`). */
export interface ShadowSide {
  readonly target: string;
  readonly output: CapturedOutput | null;
  readonly error: string | null;
  readonly latencyMs: number | null;
  readonly inputTokens: number | null;
  readonly outputTokens: number | null;
  readonly costUsd: number | null;
}

/**
 * A live request answered by the route's primary target and, asynchronously, by
 * one shadow target. `request` is the canonical request after redaction, or null
 * when prompt capture is off: then only timings, tokens, cost and errors are kept.
 */
export interface ShadowPair {
  readonly id: string;
  readonly time: number;
  readonly route: string;
  readonly requestId: string;
  readonly request: ChatRequest | null;
  readonly primary: ShadowSide;
  readonly shadow: ShadowSide;
}

/** Reading side, for `switchyard eval --from-shadow ROUTE` and `--from-ledger`. */
export interface ShadowPairQuery {
  readonly route?: string;
  readonly since?: number;
  readonly limit?: number;
}
