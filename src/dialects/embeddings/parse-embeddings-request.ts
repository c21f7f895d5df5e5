import { GatewayError } from "../../core/gateway-error.js";
import type { EmbeddingRequest } from "../../core/embedding-request.js";
import { describeZodError } from "../../shared/describe-zod-error.js";
import { embeddingsRequestSchema } from "../../protocols/openai-embeddings/embeddings-wire.js";

export interface ParsedEmbeddingsRequest {
  readonly model: string;
  readonly request: EmbeddingRequest;
  /** `base64` is what the official OpenAI SDK asks for when its caller did not choose. */
  readonly encodingFormat: "float" | "base64";
}

/** Validates an OpenAI embeddings body; a single input (text or one token array) becomes a list of one. */
export function parseEmbeddingsRequest(body: unknown): ParsedEmbeddingsRequest {
  const parsed = embeddingsRequestSchema.safeParse(body);
  if (!parsed.success) {
    const issue = describeZodError(parsed.error);
    throw new GatewayError("invalid-request", `Invalid request: ${issue.path ? `${issue.path}: ` : ""}${issue.message}`, { param: issue.path || undefined });
  }
  const wire = parsed.data;
  const input = wire.input;
  const inputs: (string | number[])[] =
    typeof input === "string" ? [input] : input.every((item) => typeof item === "number") ? [input] : input;
  return {
    model: wire.model,
    request: { inputs, dimensions: wire.dimensions, user: wire.user },
    encodingFormat: wire.encoding_format ?? "float",
  };
}
