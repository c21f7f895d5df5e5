import { z } from "zod";
import { assertionTypeNames } from "./assertion-spec.js";

/**
 * The native suite file (`switchyard eval SUITE`). Objects are strict so a
 * typo'd key is an error with its dot-path; names are snake_case like the
 * gateway config. normalise-suite.ts turns this into an EvalSuite.
 */
const modelRefSchema = z.union([
  z.string().min(1).describe("a gateway alias or PROVIDER/MODEL"),
  z.strictObject({ id: z.string().min(1), label: z.string().min(1).optional() }),
]);

const assertionTypes = [...assertionTypeNames, ...assertionTypeNames.map((name) => `not-${name}` as const)];

export const assertionSchema = z.strictObject({
  type: z.enum(assertionTypes),
  /** Expected text, list, regex, JSON Schema, tool call, rubric or JavaScript, by type. */
  value: z.unknown().optional(),
  /** Minimum score (similar, llm-rubric, pairwise) or maximum (latency in ms, cost in USD). */
  threshold: z.number().min(0).optional(),
  weight: z.number().min(0).optional(),
  ignore_case: z.boolean().optional(),
  match: z.enum(["any", "all"]).optional(),
  /** Routed model that judges this assertion (llm-rubric, pairwise); overrides the suite's `judge`. */
  judge: z.string().min(1).optional(),
  /** Routed embeddings model for `similar`; overrides the suite's `embedding`. */
  embedding: z.string().min(1).optional(),
});

const messageSchema = z.strictObject({
  role: z.enum(["system", "user", "assistant"]),
  content: z.string(),
});

const promptSchema = z.union([
  z.string().min(1),
  z.strictObject({ id: z.string().min(1).optional(), text: z.string().min(1).optional(), messages: z.array(messageSchema).min(1).optional() }),
]);

export const suiteTestSchema = z.strictObject({
  description: z.string().optional(),
  vars: z.record(z.string(), z.unknown()).optional(),
  assert: z.array(assertionSchema).optional(),
  /** Pass when the weighted score reaches this, instead of requiring every assertion to pass. */
  threshold: z.number().min(0).max(1).optional(),
  /** A whole conversation instead of the suite's prompts. */
  messages: z.array(messageSchema).min(1).optional(),
});

/** A test entry: inline, or a path to a CSV / JSONL / YAML / JSON file of tests (relative to the suite). */
const testEntrySchema = z.union([z.string().min(1), suiteTestSchema]);

const toolSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  parameters: z.record(z.string(), z.unknown()).optional(),
});

export const suiteFileSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().optional(),
  baseline: modelRefSchema,
  candidates: z.array(modelRefSchema).optional(),
  judge: z.string().min(1).optional(),
  embedding: z.string().min(1).optional(),
  prompts: z.array(promptSchema).optional(),
  tests: z.union([z.string().min(1), z.array(testEntrySchema)]),
  default_test: z
    .strictObject({ vars: z.record(z.string(), z.unknown()).optional(), assert: z.array(assertionSchema).optional(), threshold: z.number().min(0).max(1).optional() })
    .optional(),
  tools: z.array(toolSchema).optional(),
  sampling: z
    .strictObject({
      temperature: z.number().min(0).optional(),
      max_tokens: z.number().int().positive().optional(),
      top_p: z.number().min(0).max(1).optional(),
      seed: z.number().int().optional(),
    })
    .optional(),
  run: z
    .strictObject({
      concurrency: z.number().int().positive().max(256).optional(),
      /** Extra tries of a failed call (429, 5xx, connection), waiting per Retry-After. */
      retries: z.number().int().min(0).max(10).optional(),
      timeout_ms: z.number().int().positive().optional(),
    })
    .optional(),
  statistics: z
    .strictObject({
      margin: z.number().min(0).max(1).optional(),
      confidence: z.number().gt(0).lt(1).optional(),
      bootstrap_resamples: z.number().int().min(100).max(100_000).optional(),
      seed: z.number().int().optional(),
    })
    .optional(),
  thresholds: z
    .strictObject({
      pass_rate: z.number().min(0).max(1).optional(),
      non_inferior: z.boolean().optional(),
      win_rate: z.number().min(0).max(1).optional(),
    })
    .optional(),
});

export type SuiteFile = z.infer<typeof suiteFileSchema>;
export type SuiteFileTest = z.infer<typeof suiteTestSchema>;
export type SuiteFileAssertion = z.infer<typeof assertionSchema>;
