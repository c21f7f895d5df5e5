import type { ChatRequest } from "../../core/chat-request.js";

/** What a model answered, as evaluation needs it; no wire format. */
export interface ModelAnswer {
  readonly text: string;
  /** `legacyFunctionCall`: a legacy `function_call` answer to a request with `functions`. */
  readonly toolCalls: readonly { readonly id?: string; readonly name: string; readonly arguments: string; readonly legacyFunctionCall?: true }[];
  readonly finishReason: string | null;
  /** Undefined when the upstream did not report usage (never read as 0). */
  readonly inputTokens: number | undefined;
  readonly outputTokens: number | undefined;
  /** Wall time of the call that produced the answer; a cached answer keeps the original. */
  readonly latencyMs: number;
  /** USD; undefined when the price or the usage is unknown. */
  readonly costUsd: number | undefined;
  /** `provider/model` that answered, when known. */
  readonly target: string | undefined;
  readonly cached: boolean;
  /** A Responses call: the answer's `output` items as the endpoint returned them (promptfoo reads its output from these). */
  readonly responsesOutput?: readonly unknown[];
}

/**
 * How the runner reaches models: in-process through the gateway's own routing
 * (in-process-client.ts) or over HTTP to a running gateway (gateway-client.ts).
 * `model` is an alias or `PROVIDER/MODEL` either way.
 */
export interface ModelClient {
  /** What `model` resolves to, for cache keys: a changed route must not reuse old answers. */
  identity(model: string): string;
  chat(model: string, request: ChatRequest, signal: AbortSignal): Promise<ModelAnswer>;
  /** A Responses API body (`model` is set here), sent to the target's Responses endpoint, or translated for a target that has none. */
  responses(model: string, body: Readonly<Record<string, unknown>>, signal: AbortSignal): Promise<ModelAnswer>;
  embed(model: string, inputs: readonly string[], signal: AbortSignal): Promise<number[][]>;
  close(): Promise<void>;
}

/** A call that produced no answer. `retryable` and `retryAfterMs` drive with-retries.ts. */
export class CallFailure extends Error {
  override readonly name = "CallFailure";
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs: number | undefined,
  ) {
    super(message);
  }
}
