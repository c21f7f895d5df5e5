import { z } from "zod";

/** A keyword phrase: lower-case tokens separated by single spaces, e.g. "llama" or "command r". */
const keywordSchema = z
  .string()
  .regex(/^[a-z0-9]+( [a-z0-9]+)*$/, "expected lower-case tokens separated by single spaces, e.g. \"command r\"");

export const catalogFamilySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected a lower-case id"),
  name: z.string().min(1),
  vendor: z.string().min(1),
  description: z.string().optional(),
  /**
   * Token phrases that name this family inside a model id once it is split into tokens
   * (`Llama-3.1` → `llama 3 1`). A phrase only matches whole tokens, so `ollama` and
   * `llamaindex` never match `llama`.
   */
  keywords: z.array(keywordSchema).min(1),
  /** Token phrases that contain a keyword but name something else (`llama index`, `llama cpp`). */
  excludes: z.array(keywordSchema).default([]),
  /**
   * Tokens that are serving suffixes elsewhere but tell models apart in this family:
   * `-Turbo` is a Together serving tier, yet `gpt-4-turbo` is not `gpt-4`.
   */
  significantTokens: z.array(z.string().regex(/^[a-z0-9]+$/)).default([]),
});

export type CatalogFamily = z.infer<typeof catalogFamilySchema>;
