import { z } from "zod";
import { sourceQualitySchema } from "./source-quality.js";

/**
 * `open-source`: OSI-style licences (Apache-2.0, MIT) with no field-of-use limits.
 * `community`: open weights with vendor conditions (Llama, Gemma Terms, Qwen, DeepSeek v1.0).
 * `research` / `non-production`: weights you may not use commercially or in production.
 * `proprietary`: no weights; API or product terms only.
 */
export const licenceKindSchema = z.enum(["open-source", "community", "research", "non-production", "proprietary"]);
export type LicenceKind = z.infer<typeof licenceKindSchema>;

const commercialUseSchema = z.strictObject({
  allowed: z.enum(["yes", "no", "api-terms"]),
  note: z.string().optional(),
});

const userThresholdSchema = z.strictObject({
  monthlyActiveUsers: z.number().int().positive(),
  /** When the count is taken; Llama measures it on the version's release date. */
  measuredAt: z.string().min(1),
  consequence: z.string().min(1),
});

const attributionSchema = z.strictObject({
  required: z.boolean(),
  /** The exact display text, when the licence prescribes one ("Built with Llama"). */
  text: z.string().optional(),
  note: z.string().optional(),
});

const derivativeNamingSchema = z.strictObject({
  /** Name prefix a distributed derivative must carry ("Llama"). */
  prefix: z.string().min(1),
  /** Whether training on the model's outputs also triggers the rule (Llama 3.1+). */
  includesOutputTraining: z.boolean(),
});

const acceptableUsePolicySchema = z.strictObject({
  url: z.url(),
  /** Whether downstream agreements must carry the restrictions on (Gemma §3.2, DeepSeek Attachment A). */
  mustFlowDown: z.boolean(),
});

const euMultimodalRestrictionSchema = z.strictObject({
  /** Whether the clause is in the licence or policy text. */
  present: z.boolean(),
  note: z.string().optional(),
});

export const outputUseRuleSchema = z.enum([
  "unrestricted",
  "no-training-other-models",
  "naming-rule-applies",
  "attribution-required",
  "derivative-terms-apply",
  "api-terms",
]);

const outputUseSchema = z.strictObject({
  rule: outputUseRuleSchema,
  note: z.string().optional(),
});

/** The clauses an exposure audit must surface; absent means the licence has no such clause. */
const licenceClausesSchema = z.strictObject({
  commercialUse: commercialUseSchema,
  userThreshold: userThresholdSchema.optional(),
  attribution: attributionSchema.optional(),
  derivativeNaming: derivativeNamingSchema.optional(),
  acceptableUsePolicy: acceptableUsePolicySchema.optional(),
  euMultimodalRestriction: euMultimodalRestrictionSchema.optional(),
  outputUse: outputUseSchema,
  /** The licensor may restrict use "remotely or otherwise" (Gemma Terms, DeepSeek v1.0). */
  remoteRestriction: z.boolean(),
  governingLaw: z.string().optional(),
});

export const catalogLicenceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, "expected a lower-case id"),
  name: z.string().min(1),
  /** Short label for tables ("Llama 3.1", "Apache-2.0"). */
  shortName: z.string().min(1),
  /** The licence text itself; every licence cites where it was read. */
  url: z.url(),
  kind: licenceKindSchema,
  /** Only for licences on the SPDX list; the rest are emitted as `LicenseRef-…`. */
  spdx: z.string().optional(),
  licenseRef: z.string().regex(/^LicenseRef-[A-Za-z0-9.-]+$/).optional(),
  huggingFaceTag: z.string().optional(),
  sourceQuality: sourceQualitySchema,
  clauses: licenceClausesSchema,
  notes: z.string().optional(),
});

export type CatalogLicence = z.infer<typeof catalogLicenceSchema>;
export type LicenceClauses = CatalogLicence["clauses"];
