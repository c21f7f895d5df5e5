import { z } from "zod";
import { decisionStatuses } from "./decision-record.js";

/**
 * The front matter as written. MADR 4's own keys keep MADR's spelling
 * (`decision-makers`); Switchyard's additions are snake_case like the config.
 * Strict: a misspelt `dealine:` is an error naming its line, not a silently
 * missing deadline.
 */
const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "not a calendar date");
const people = z.union([z.string().min(1).transform((value) => [value]), z.array(z.string().min(1))]);
const outcome = z.enum(["superior", "non-inferior", "significantly-worse", "non-inferiority-not-shown"]);

const revisitSchema = z.union([
  z.strictObject({ watch: z.strictObject({ vendor: z.string().min(1), rule: z.string().min(1).optional() }) }),
  z.strictObject({ audit: z.strictObject({ at_least: z.enum(["critical", "high", "medium", "low"]), baseline: z.string().min(1).optional() }) }),
  z.strictObject({ eval: z.strictObject({ option: z.string().min(1), verdict: outcome }) }),
]);

export const frontMatterSchema = z
  .strictObject({
    status: z.enum(decisionStatuses),
    date: calendarDate,
    "decision-makers": people.optional(),
    consulted: people.optional(),
    informed: people.optional(),
    family: z.string().min(1).optional(),
    models: z.array(z.string().min(1)).min(1).optional(),
    owner: z.string().min(1).optional(),
    deadline: calendarDate.optional(),
    options: z.array(z.string().min(1)).default([]),
    criteria: z
      .strictObject({
        non_inferiority_margin: z.number().gt(0).lt(1).optional(),
        max_price_per_million: z.strictObject({ input: z.number().min(0).optional(), output: z.number().min(0).optional() }).optional(),
        licence: z.literal("permissive").optional(),
        self_hostable: z.boolean().optional(),
      })
      .default({}),
    revisit_when: z.array(revisitSchema).default([]),
    chosen_option: z.string().min(1).optional(),
    superseded_by: z.string().regex(/^\d{4}$/, "expected a four-digit decision id").optional(),
    supersedes: z.string().regex(/^\d{4}$/, "expected a four-digit decision id").optional(),
  })
  .superRefine((value, context) => {
    if (value.family === undefined && value.models === undefined) context.addIssue({ code: "custom", path: ["family"], message: "required: the family (or `models`) the decision is about" });
    if (value.family !== undefined && value.models !== undefined) context.addIssue({ code: "custom", path: ["models"], message: "set either family or models, not both" });
    if (value.status === "accepted" && value.chosen_option === undefined) context.addIssue({ code: "custom", path: ["chosen_option"], message: "required when status is accepted" });
    if (value.status === "superseded" && value.superseded_by === undefined) context.addIssue({ code: "custom", path: ["superseded_by"], message: "required when status is superseded" });
  });

export type FrontMatter = z.infer<typeof frontMatterSchema>;
