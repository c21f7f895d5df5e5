/** An embeddings request after the `/v1/embeddings` endpoint parsed it. */
export interface EmbeddingRequest {
  /** Texts, or pre-tokenised inputs (OpenAI accepts token ids; not every upstream does). */
  readonly inputs: readonly (string | readonly number[])[];
  readonly dimensions?: number;
  readonly user?: string;
}
