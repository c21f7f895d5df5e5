import type { EmbeddingOutcome } from "../../core/embedding-outcome.js";
import type { EmbeddingsWireResponse } from "../../protocols/openai-embeddings/embeddings-wire.js";

/**
 * Vectors in OpenAI's shape. With `base64`, each vector is little-endian float32
 * bytes, base64-encoded — what the OpenAI SDK decodes. Usage is omitted when the
 * upstream did not report it (Gemini never does) rather than claimed as 0.
 */
export function renderEmbeddingsResponse(outcome: EmbeddingOutcome, encodingFormat: "float" | "base64"): EmbeddingsWireResponse {
  return {
    object: "list",
    model: outcome.model,
    data: outcome.vectors.map((vector, index) => ({ object: "embedding", index, embedding: encodingFormat === "base64" ? toBase64(vector) : [...vector] })),
    ...(outcome.inputTokens !== undefined && { usage: { prompt_tokens: outcome.inputTokens, total_tokens: outcome.inputTokens } }),
  };
}

function toBase64(vector: readonly number[]): string {
  const bytes = Buffer.allocUnsafe(vector.length * 4);
  vector.forEach((value, index) => bytes.writeFloatLE(value, index * 4));
  return bytes.toString("base64");
}
