export type UnifiedFinishReason = "stop" | "length" | "tool-calls" | "content-filter" | "error" | "other";

/** Why generation stopped: the unified value for routing and rendering, the raw one for the record. */
export interface FinishReason {
  readonly unified: UnifiedFinishReason;
  readonly raw: string | undefined;
}
