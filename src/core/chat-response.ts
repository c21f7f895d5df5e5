import type { ReasoningPart, TextPart, ToolCallPart } from "./content-part.js";
import type { FinishReason } from "./finish-reason.js";
import type { Usage } from "./usage.js";

/** A complete (non-streamed) answer in canonical form. */
export interface ChatResponse {
  readonly id: string;
  /** The model the upstream says answered. */
  readonly model: string;
  readonly created: number;
  readonly content: readonly (TextPart | ToolCallPart | ReasoningPart)[];
  readonly finishReason: FinishReason;
  readonly usage: Usage;
}
