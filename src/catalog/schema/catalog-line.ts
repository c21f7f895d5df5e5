import { z } from "zod";
import { releaseDateSchema } from "./release-date.js";

/**
 * A model line: what a vendor ships under one name and one distribution strategy
 * (Gemma 4, Gemini, Llama, Muse Spark, Phi, MAI/Foundry). Vendors run open and
 * closed lines side by side, so strategy, licence, self-hosting and lock-in are
 * facts about a line, not a vendor: the playbook's vendor table is per line.
 */
export const catalogLineSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected a lower-case id"),
  /** As the playbook's table names it. */
  name: z.string().min(1),
  vendor: z.string().min(1),
  /** The strategy in a reader's words: `open ecosystem`, `proprietary, was open`, `open-weight legacy`. */
  strategy: z.string().min(1),
  /** The licence in a reader's words: `Apache 2.0`, `Llama licence`, `commercial`, `closed`. */
  licence: z.string().min(1),
  /** Catalog licence ids behind `licence`, when the line's models have them. */
  licences: z.array(z.string().min(1)).default([]),
  selfHosting: z.enum(["full", "partial", "none"]),
  /** Where it runs when not self-hosted, e.g. `Azure only`. */
  selfHostingNote: z.string().min(1).optional(),
  lockIn: z.enum(["low", "medium", "high"]),
  /** Qualifies the level, e.g. `for now`. */
  lockInNote: z.string().min(1).optional(),
  openWeights: z.boolean(),
  /**
   * Catalog models in the line: those of these families whose openness equals
   * `openWeights`, released within `since`..`until` (inclusive, by prefix).
   */
  families: z.array(z.string().min(1)).default([]),
  since: releaseDateSchema.optional(),
  until: releaseDateSchema.optional(),
  /** One sentence saying why, with the dates that show it. */
  note: z.string().min(1),
});

export type CatalogLine = z.infer<typeof catalogLineSchema>;
