import { z } from "zod";
import { releaseDateSchema } from "./release-date.js";
import { sourceQualitySchema } from "./source-quality.js";

export const modalitySchema = z.enum(["text", "image", "audio", "video"]);
export type Modality = z.infer<typeof modalitySchema>;

/**
 * Rough capability tier. Derived from total parameters for open models; stated in the
 * data for closed models, whose sizes are not published (an estimate, used only to
 * suggest alternatives of similar weight).
 */
export const modelTierSchema = z.enum(["small", "medium", "large", "frontier"]);
export type ModelTier = z.infer<typeof modelTierSchema>;

/**
 * Hosts whose ids we record. Hugging Face and Ollama are self-hosting distribution;
 * the others serve the model over an API.
 */
export const modelHostSchema = z.enum([
  "vendor",
  "huggingface",
  "ollama",
  "openrouter",
  "together",
  "groq",
  "fireworks",
  "bedrock",
  "vertex",
  "azure",
  "cloudflare",
  "nvidia",
  "deepinfra",
  "replicate",
]);
export type ModelHost = z.infer<typeof modelHostSchema>;

export const selfHostingHosts: ReadonlySet<ModelHost> = new Set(["huggingface", "ollama"]);

const aliasListSchema = z.array(z.string().min(1)).min(1);

/** Where one field's value came from when it was not authored with the entry: `switchyard catalog update` writes these. */
export const fieldProvenanceSchema = z.strictObject({
  /** The feed URL the value was read from. */
  source: z.string().min(1),
  asOf: releaseDateSchema,
});
export type FieldProvenance = z.infer<typeof fieldProvenanceSchema>;

/** The fields `catalog update` refreshes from public feeds. */
export const refreshedModelFields = ["released", "openWeight", "contextLength"] as const;
export type RefreshedModelField = (typeof refreshedModelFields)[number];

export const catalogModelSchema = z.strictObject({
  /** Catalog id: the family's version and size, lower-case, e.g. `llama-3.1-70b`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, "expected a lower-case id"),
  name: z.string().min(1),
  family: z.string().min(1),
  vendor: z.string().min(1),
  released: releaseDateSchema,
  openWeight: z.boolean(),
  licence: z.string().min(1),
  /** Tokens; omitted when not published. */
  contextLength: z.number().int().positive().optional(),
  modalities: z.strictObject({
    input: z.array(modalitySchema).min(1),
    output: z.array(modalitySchema).min(1),
  }),
  parameters: z
    .strictObject({
      totalBillions: z.number().positive().optional(),
      activeBillions: z.number().positive().optional(),
      experts: z.number().int().positive().optional(),
    })
    .optional(),
  tier: modelTierSchema.optional(),
  /** Catalog id of the model this one was distilled or fine-tuned from (licence may follow it). */
  baseModel: z.string().optional(),
  deprecated: z.boolean().default(false),
  /**
   * The names it goes by, per host. Instruct and base checkpoints of one release and size
   * share an entry: they share licence, family and size, which is what lookups need.
   */
  aliases: z.partialRecord(modelHostSchema, aliasListSchema).default({}),
  sourceQuality: sourceQualitySchema.default("primary"),
  /** Per field, when a feed (not the entry's author) supplied the value. */
  provenance: z.partialRecord(z.enum(refreshedModelFields), fieldProvenanceSchema).optional(),
  notes: z.string().optional(),
});

export type CatalogModel = z.infer<typeof catalogModelSchema>;
