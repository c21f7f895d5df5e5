import { z } from "zod";

/**
 * Where a fact came from. `primary`: the licence text, model card or vendor page itself;
 * `secondary`: press or summaries only — re-check before relying on it.
 */
export const sourceQualitySchema = z.enum(["primary", "secondary"]);
export type SourceQuality = z.infer<typeof sourceQualitySchema>;
