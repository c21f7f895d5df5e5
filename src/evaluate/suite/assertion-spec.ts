import { compileJsonSchema } from "../assert/compile-json-schema.js";
import type { CodeRef } from "./code-ref.js";
import type { PromptfooGrader } from "./promptfoo-grader.js";
import { SuiteError } from "./suite-error.js";

/** The assertion kinds the runner knows; spellings (`icontains`, `contains-any`, promptfoo's names) map onto these. */
export type AssertionKind =
  | "equals"
  | "contains"
  | "regex"
  | "starts-with"
  | "is-json"
  | "json-schema"
  | "tool-call"
  | "latency"
  | "cost"
  | "similar"
  | "llm-rubric"
  | "pairwise"
  | "javascript"
  | "python"
  | "contains-json"
  | "is-valid-openai-tools-call"
  | "is-valid-openai-function-call"
  | "levenshtein"
  | "word-count"
  | "factuality"
  | "model-graded-closedqa"
  | "g-eval"
  | "answer-relevance"
  | "context-recall"
  | "context-relevance"
  | "context-faithfulness"
  | "select-best"
  | "rouge-n"
  | "bleu"
  | "assert-set";

/** Every `type:` a suite may write, without the `not-` prefix. */
export const assertionTypeNames = [
  "equals",
  "contains",
  "icontains",
  "contains-any",
  "contains-all",
  "icontains-any",
  "icontains-all",
  "regex",
  "starts-with",
  "is-json",
  "json-schema",
  "tool-call",
  "latency",
  "cost",
  "similar",
  "llm-rubric",
  "pairwise",
  "javascript",
  "python",
  "contains-json",
  "is-valid-openai-tools-call",
  "is-valid-openai-function-call",
  "levenshtein",
  "word-count",
  "factuality",
  "model-graded-factuality",
  "model-graded-closedqa",
  "g-eval",
  "answer-relevance",
  "context-recall",
  "context-relevance",
  "context-faithfulness",
  "select-best",
  "rouge-n",
  "bleu",
] as const;

export type AssertionTypeName = (typeof assertionTypeNames)[number];

export interface AssertionSpec {
  readonly kind: AssertionKind;
  /** The `type:` as written, for reports. */
  readonly label: string;
  /** `not-` prefix: pass becomes fail and score becomes 1 − score. */
  readonly negate: boolean;
  readonly value: unknown;
  /** Kind-specific: minimum score (similar, llm-rubric, pairwise), maximum (latency ms, cost USD). */
  readonly threshold: number | undefined;
  /** Share of the test's score; 0 makes the assertion informational (it never fails the test). */
  readonly weight: number;
  readonly ignoreCase: boolean;
  readonly match: "any" | "all";
  /** Overrides the suite's judge / embedding model for this assertion. */
  readonly judge: string | undefined;
  readonly embedding: string | undefined;
  /** promptfoo's per-assertion `transform`, applied to the output before this check. */
  readonly transform: CodeRef | undefined;
  /** promptfoo configs: how a model-graded check is graded (absent for native suites). */
  readonly grading?: PromptfooGradingOptions;
  /** `assert-set` (promptfoo configs): the assertions it groups; it scores their weighted mean and passes when all pass (or the mean reaches `threshold`). */
  readonly children?: readonly AssertionSpec[];
}

/** promptfoo's grading options for one assertion: its provider, else the test's, else the suite's; its rubricPrompt, else the test's. */
export interface PromptfooGradingOptions {
  /** Undefined: the suite's grader (`--judge` or `defaultTest.options.provider`). */
  readonly grader: PromptfooGrader | undefined;
  /** promptfoo's `rubricPrompt`: a string, a `file://` path already read, or a chat message list. */
  readonly rubricPrompt: unknown;
  /** factuality's per-category scores (`options.factuality`). */
  readonly factuality: Readonly<Record<string, number>> | undefined;
}

/** An assertion as written in a suite (native field names; the promptfoo adapter maps onto these). */
export interface RawAssertion {
  readonly type: string;
  readonly value?: unknown;
  readonly threshold?: number;
  readonly weight?: number;
  readonly ignore_case?: boolean;
  readonly match?: "any" | "all";
  readonly judge?: string;
  readonly embedding?: string;
  readonly transform?: CodeRef;
  readonly grading?: PromptfooGradingOptions;
}

const spellings: Readonly<Record<AssertionTypeName, { kind: AssertionKind; ignoreCase?: boolean; match?: "any" | "all" }>> = {
  equals: { kind: "equals" },
  contains: { kind: "contains" },
  icontains: { kind: "contains", ignoreCase: true },
  "contains-any": { kind: "contains", match: "any" },
  "contains-all": { kind: "contains", match: "all" },
  "icontains-any": { kind: "contains", ignoreCase: true, match: "any" },
  "icontains-all": { kind: "contains", ignoreCase: true, match: "all" },
  regex: { kind: "regex" },
  "starts-with": { kind: "starts-with" },
  "is-json": { kind: "is-json" },
  "json-schema": { kind: "json-schema" },
  "tool-call": { kind: "tool-call" },
  latency: { kind: "latency" },
  cost: { kind: "cost" },
  similar: { kind: "similar" },
  "llm-rubric": { kind: "llm-rubric" },
  pairwise: { kind: "pairwise" },
  javascript: { kind: "javascript" },
  python: { kind: "python" },
  "contains-json": { kind: "contains-json" },
  "is-valid-openai-tools-call": { kind: "is-valid-openai-tools-call" },
  "is-valid-openai-function-call": { kind: "is-valid-openai-function-call" },
  levenshtein: { kind: "levenshtein" },
  "word-count": { kind: "word-count" },
  factuality: { kind: "factuality" },
  "model-graded-factuality": { kind: "factuality" },
  "model-graded-closedqa": { kind: "model-graded-closedqa" },
  "g-eval": { kind: "g-eval" },
  "answer-relevance": { kind: "answer-relevance" },
  "context-recall": { kind: "context-recall" },
  "context-relevance": { kind: "context-relevance" },
  "context-faithfulness": { kind: "context-faithfulness" },
  "select-best": { kind: "select-best" },
  "rouge-n": { kind: "rouge-n" },
  bleu: { kind: "bleu" },
};

/**
 * Raw → spec, checking each kind's value up front so a bad regex or a missing
 * latency threshold is a load error (exit 2), not 10,000 failed tests.
 */
export function parseAssertion(raw: RawAssertion, where: string): AssertionSpec {
  const negate = raw.type.startsWith("not-");
  const name = negate ? raw.type.slice(4) : raw.type;
  const spelling = Object.hasOwn(spellings, name) ? spellings[name as AssertionTypeName] : undefined;
  if (!spelling) throw new SuiteError(`${where}.type: unknown assertion type "${raw.type}" (known: ${assertionTypeNames.join(", ")}, each also with a not- prefix)`);
  const spec: AssertionSpec = {
    kind: spelling.kind,
    label: raw.type,
    negate,
    value: raw.value,
    threshold: raw.threshold,
    weight: raw.weight ?? 1,
    ignoreCase: raw.ignore_case ?? spelling.ignoreCase ?? false,
    match: raw.match ?? spelling.match ?? "all",
    judge: raw.judge,
    embedding: raw.embedding,
    transform: raw.transform,
    ...(raw.grading && { grading: raw.grading }),
  };
  checkValue(spec, where);
  return spec;
}

function checkValue(spec: AssertionSpec, where: string): void {
  const { kind, value } = spec;
  const need = (ok: boolean, what: string): void => {
    if (!ok) throw new SuiteError(`${where}.value: ${spec.label} needs ${what}`);
  };
  switch (kind) {
    case "equals":
      need(value !== undefined, "a value");
      return;
    case "contains":
      need(typeof value === "string" || (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === "string")), "a string or a list of strings");
      return;
    case "starts-with":
      need(typeof value === "string" && value !== "", "a non-empty string");
      return;
    case "llm-rubric":
      // promptfoo: the rubric may be empty when a rubricPrompt carries the whole grading prompt.
      need((typeof value === "string" && value !== "") || (spec.grading !== undefined && (value === undefined || typeof value === "string" || (typeof value === "object" && value !== null))), "a non-empty string");
      return;
    case "factuality":
    case "model-graded-closedqa":
    case "context-recall":
      need(typeof value === "string" && value !== "", "a string (the expected answer or fact)");
      return;
    case "g-eval":
      need((typeof value === "string" && value !== "") || (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === "string")), "the criteria as a string or a list of strings");
      return;
    case "answer-relevance":
    case "context-relevance":
    case "context-faithfulness":
      return;
    case "select-best":
      need(typeof value === "string" && value !== "", "the criteria as a string");
      return;
    case "rouge-n":
      need(typeof value === "string", "the reference text");
      return;
    case "bleu":
      need(typeof value === "string" || (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === "string")), "the reference text or a list of them");
      return;
    case "assert-set":
      need(spec.children !== undefined && spec.children.length > 0, "a list of assertions under assert");
      return;
    case "similar":
      need(typeof value === "string" || (Array.isArray(value) && value.every((item) => typeof item === "string")), "the expected text (or a list of them)");
      return;
    case "regex":
      need(typeof value === "string", "a regular expression");
      try {
        new RegExp(value as string);
      } catch (error) {
        throw new SuiteError(`${where}.value: invalid regular expression: ${(error as Error).message}`);
      }
      return;
    case "json-schema":
      need(typeof value === "object" && value !== null, "a JSON Schema object");
      checkSchema(value, where);
      return;
    case "is-json":
    case "contains-json":
      need(value === undefined || value === null || value === "" || (typeof value === "object" && value !== null), "nothing or a JSON Schema object");
      if (typeof value === "object" && value !== null) checkSchema(value, where);
      return;
    case "is-valid-openai-tools-call":
    case "is-valid-openai-function-call":
      return;
    case "levenshtein":
      need(typeof value === "string", "the expected text");
      return;
    case "word-count":
      need((typeof value === "number" && Number.isInteger(value) && value >= 0) || (typeof value === "object" && value !== null && ["min", "max"].some((key) => typeof (value as Record<string, unknown>)[key] === "number")), "a word count or { min, max }");
      return;
    case "python":
      need((typeof value === "string" && value.trim() !== "") || isCodeFile(value), "Python code or file://check.py");
      return;
    case "tool-call":
      need(typeof value === "string" || (typeof value === "object" && value !== null && typeof (value as { name?: unknown }).name === "string"), "a tool name or { name, arguments }");
      return;
    case "latency":
    case "cost":
      if (spec.threshold === undefined || spec.threshold < 0) throw new SuiteError(`${where}.threshold: ${spec.label} needs a threshold (${kind === "latency" ? "milliseconds" : "USD"})`);
      return;
    case "javascript":
      need((typeof value === "string" && value.trim() !== "") || isCodeFile(value), "JavaScript code (an expression or a function body) or file://check.js");
      return;
    case "pairwise":
      need(value === undefined || typeof value === "string", "nothing or the criteria as a string");
      return;
  }
}

/** Compiled now so an unusable schema is a load error (exit 2) before any model call is paid for. */
function checkSchema(schema: unknown, where: string): void {
  try {
    compileJsonSchema(schema);
  } catch (error) {
    throw new SuiteError(`${where}.value: invalid JSON Schema: ${(error as Error).message}`);
  }
}

function isCodeFile(value: unknown): boolean {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "file";
}
