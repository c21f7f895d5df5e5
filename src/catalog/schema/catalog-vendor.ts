import { z } from "zod";

/**
 * How a vendor distributes its models. `shift-to-closed` is a vendor whose earlier
 * releases were open weights and whose current frontier is not (Meta after Muse Spark):
 * the case the playbook exists for.
 */
export const distributionStrategySchema = z.enum(["open-weight", "closed", "mixed", "shift-to-closed"]);
export type DistributionStrategy = z.infer<typeof distributionStrategySchema>;

export const catalogVendorSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected a lower-case id"),
  name: z.string().min(1),
  url: z.url(),
  strategy: distributionStrategySchema,
  /** One sentence saying why the strategy is what it is, with the dates that show it. */
  strategyNote: z.string().min(1),
  /**
   * How feeds name the vendor: Hugging Face organisations, OpenRouter id prefixes,
   * models.dev lab ids (`meta-llama`, `Qwen`, `x-ai`). Compared case-insensitively;
   * the vendor id itself always matches.
   */
  organisations: z.array(z.string().min(1)).default([]),
});

export type CatalogVendor = z.infer<typeof catalogVendorSchema>;
