import type { ProviderMetadata } from "./content-part.js";
import type { FinishReason } from "./finish-reason.js";
import type { UpstreamError } from "./upstream-error.js";
import type { TextAnnotation } from "./text-annotation.js";
import type { Usage } from "./usage.js";
import type { Warning } from "./warning.js";

/**
 * Events of a streamed answer, named noun-verb. Tool calls are keyed by `index`
 * (their position among this answer's tool calls), which is stable across
 * protocols; `id` comes with `tool-call-start` only.
 */
export type StreamEvent =
  | { readonly type: "response-start"; readonly id: string; readonly model: string; readonly created: number }
  | { readonly type: "text-delta"; readonly text: string }
  /** A citation of a span of the text so far (indices relative to every `text-delta` of this answer joined). */
  | { readonly type: "text-annotation"; readonly annotation: TextAnnotation }
  | { readonly type: "reasoning-delta"; readonly text: string }
  | { readonly type: "reasoning-end"; readonly signature?: string; readonly redactedData?: string; readonly providerMetadata?: ProviderMetadata }
  | { readonly type: "tool-call-start"; readonly index: number; readonly id: string; readonly name: string; readonly providerMetadata?: ProviderMetadata }
  | { readonly type: "tool-call-delta"; readonly index: number; readonly argumentsDelta: string }
  | { readonly type: "usage"; readonly usage: Usage }
  /**
   * Something found mid-stream that the caller will not get (an output item its API cannot carry), after the
   * headers went out: the server logs it and records it with the request; SSE renderers may write it as a comment.
   */
  | { readonly type: "warning"; readonly warning: Warning }
  | { readonly type: "finish"; readonly finishReason: FinishReason; readonly usage: Usage }
  /** The upstream failed after the stream began; renderers end the stream with the dialect's error event. */
  | { readonly type: "error"; readonly error: UpstreamError };
