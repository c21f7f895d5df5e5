import type { Warning } from "./warning.js";

/** Embedding vectors in input order, as floats; the endpoint encodes them as the caller asked. */
export interface EmbeddingOutcome {
  readonly vectors: readonly (readonly number[])[];
  readonly model: string;
  /** Undefined when the upstream does not report it (Gemini never does). */
  readonly inputTokens: number | undefined;
  readonly warnings: readonly Warning[];
}
