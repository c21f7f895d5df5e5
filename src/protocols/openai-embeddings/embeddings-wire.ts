import { z } from "zod";

/** OpenAI `POST /v1/embeddings` request, as the gateway accepts it. */
export const embeddingsRequestSchema = z.looseObject({
  model: z.string().min(1),
  input: z.union([z.string(), z.array(z.string()).min(1), z.array(z.number().int()).min(1), z.array(z.array(z.number().int()).min(1)).min(1)]),
  dimensions: z.number().int().positive().optional(),
  encoding_format: z.enum(["float", "base64"]).optional(),
  user: z.string().optional(),
});

export type EmbeddingsWireRequest = z.infer<typeof embeddingsRequestSchema>;

export interface EmbeddingsWireResponse {
  object: "list";
  model: string;
  data: { object: "embedding"; index: number; embedding: number[] | string }[];
  usage?: { prompt_tokens: number; total_tokens: number };
}
