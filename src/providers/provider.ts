import type { ChatRequest } from "../core/chat-request.js";
import type { ChatResponse } from "../core/chat-response.js";
import type { EmbeddingOutcome } from "../core/embedding-outcome.js";
import type { EmbeddingRequest } from "../core/embedding-request.js";
import type { FinishReason } from "../core/finish-reason.js";
import type { Protocol } from "../core/protocol.js";
import type { StreamEvent } from "../core/stream-event.js";
import type { Usage } from "../core/usage.js";
import type { Warning } from "../core/warning.js";
import type { CancelSignal } from "../shared/cancellation.js";
import type { PassthroughFrame } from "../core/passthrough-frame.js";

export type { PassthroughFrame, RelayedDocument } from "../core/passthrough-frame.js";

/** Per-attempt inputs the router decides; the request itself stays untouched. */
export interface ProviderCall {
  /** The model id to send upstream (the target's `model`). */
  readonly upstreamModel: string;
  /** Aborted on client disconnect, first-token timeout or total timeout; the reason says which. */
  readonly signal: CancelSignal;
  /**
   * Protocol headers the client sent that a same-protocol upstream should see
   * (`anthropic-beta`, `anthropic-version`); only pass-through uses them.
   */
  readonly forwardHeaders?: Readonly<Record<string, string>>;
}

/**
 * A provider answers either whole or as a stream. Streams are pulled iterators so
 * the router can wait for the first event (under the first-token timeout) before
 * anything is committed to the client, which is what makes fallback safe.
 */
export type ChatOutcome =
  | { readonly kind: "complete"; readonly response: ChatResponse; readonly warnings: readonly Warning[] }
  | { readonly kind: "stream"; readonly events: AsyncIterator<StreamEvent>; readonly warnings: readonly Warning[] };

export type PassthroughOutcome =
  | {
      readonly kind: "complete";
      readonly body: Buffer;
      /** The body as parsed by the provider, when it parsed all of it (so a stateful dialect need not parse it again). */
      readonly document?: Readonly<Record<string, unknown>>;
      readonly usage: Usage;
      readonly finishReason: FinishReason | undefined;
      readonly warnings: readonly Warning[];
    }
  | { readonly kind: "stream"; readonly frames: AsyncIterator<PassthroughFrame>; readonly warnings: readonly Warning[] };

export interface ChatProvider {
  /** The provider's name in the config (`local-vllm`). */
  readonly name: string;
  readonly protocol: Protocol;
  /** Canonical path: any inbound dialect, translated. */
  chat(request: ChatRequest, call: ProviderCall): Promise<ChatOutcome>;
  /**
   * Same-protocol fast path: forward the caller's own body (model replaced) and
   * relay upstream bytes, parsing only what routing and usage need.
   */
  passthrough?(rawBody: Readonly<Record<string, unknown>>, request: ChatRequest, call: ProviderCall): Promise<PassthroughOutcome>;
  /**
   * Exact input-token count from the upstream's own counting endpoint (Anthropic
   * `count_tokens`, Gemini `countTokens`), for upstreams that have one. `rawBody`
   * is the caller's own counting body, given only when the caller speaks this
   * provider's protocol; otherwise the canonical request is translated.
   */
  countTokens?(request: ChatRequest, call: ProviderCall, rawBody?: Readonly<Record<string, unknown>>): Promise<number>;
  /** Embeddings, for upstreams that have them. */
  embed?(request: EmbeddingRequest, call: ProviderCall): Promise<EmbeddingOutcome>;
  /** Releases pooled connections. */
  close(): Promise<void>;
}
