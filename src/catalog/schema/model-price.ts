import { z } from "zod";
import { releaseDateSchema } from "./release-date.js";

/**
 * Where a price came from. `reference-notes`: the project's shared reference files;
 * `own-knowledge`: the catalog author's knowledge of a vendor's list price, unverified
 * at authoring time; `litellm-import` and `user` are added at load time; `fetched`: read
 * from a public feed by `switchyard catalog update` (`source` is the feed URL, `asOf`
 * the day it was read).
 */
export const priceBasisSchema = z.enum(["reference-notes", "own-knowledge", "litellm-import", "user", "fetched"]);
export type PriceBasis = z.infer<typeof priceBasisSchema>;

const usdPerMillion = z.number().nonnegative();

/** USD per million tokens. A field that is absent is unknown, never zero. */
export const modelPriceSchema = z.strictObject({
  provider: z.string().min(1),
  /** Catalog model id, or the provider's own id when the model is not in the catalog. */
  model: z.string().min(1),
  input: usdPerMillion,
  output: usdPerMillion,
  cachedInput: usdPerMillion.optional(),
  cacheWrite: usdPerMillion.optional(),
  reasoning: usdPerMillion.optional(),
  basis: priceBasisSchema,
  source: z.string().min(1),
  asOf: releaseDateSchema,
  note: z.string().optional(),
});

export type ModelPrice = z.infer<typeof modelPriceSchema>;
