import type { FinishReason } from "./finish-reason.js";
import type { Usage } from "./usage.js";

/** A frame of a same-protocol stream: bytes to forward as-is, plus what was read from them. */
export interface PassthroughFrame {
  /**
   * Complete SSE frames to forward; empty when the frame is consumed but not
   * forwarded. Bytes when they are the upstream's own, sliced from its read
   * (nothing in them changed, so nothing was decoded or re-encoded).
   */
  readonly text: string | Buffer;
  readonly usage?: Usage;
  readonly finishReason?: FinishReason;
  /**
   * The stream's end (OpenAI Chat's `data: [DONE]`, a Responses stream's final Response): nothing after it is
   * forwarded, so the response ends in the same socket write as this frame.
   */
  readonly last?: true;
  /** How many SSE events `text` holds, when the relay counts them (Responses: for `sequence_number`). */
  readonly events?: number;
  /**
   * The frames in `text` that carry the whole answer object (Responses lifecycle
   * events), in order: a stateful dialect stores the final one, ends a broken stream
   * under the answer's id, and may replace them.
   */
  readonly documents?: readonly RelayedDocument[];
}

/** One frame inside a PassthroughFrame's `text` that carries the whole answer object. */
export interface RelayedDocument {
  /** The event's type (`response.created`, `response.completed`, …). */
  readonly type: string;
  /** Where the frame lies in `text`: byte offsets when `text` is bytes, character offsets when it is a string. */
  readonly start: number;
  readonly end: number;
  /** How many SSE events follow it in `text`. */
  readonly eventsAfter: number;
  /** The parsed event, parsed on the first call only (most relayed streams never ask for their first frames). */
  document(): Readonly<Record<string, unknown>>;
}
