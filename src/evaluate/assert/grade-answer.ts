import type { AssertionSpec } from "../suite/assertion-spec.js";
import { judgePairwise, type PairwiseJudgement } from "../judge/judge-pairwise.js";
import { judgeRubric, type JudgeCall } from "../judge/judge-rubric.js";
import type { ModelAnswer } from "../run/model-client.js";
import { checkError, RowError, type AssertionResult, type CheckOutcome } from "./assertion-result.js";
import { cosineSimilarity } from "./cosine-similarity.js";
import { deterministicCheck, isDeterministic } from "./deterministic-check.js";
import { runJavascript } from "./run-javascript.js";
import { checkPromptfooAssertion } from "../promptfoo/check-promptfoo-assertion.js";
import { checkModelGraded, isModelGraded, type GraderPort } from "../promptfoo/check-model-graded.js";
import { outputString, promptfooOutput } from "../promptfoo/promptfoo-output.js";
import { runPromptfooCode } from "../promptfoo/run-promptfoo-code.js";
import type { CodeRef } from "../suite/code-ref.js";
import { renderInObject } from "../template/render-promptfoo-prompt.js";

export interface Grade {
  readonly pass: boolean;
  /** Weighted mean of the assertions' scores; 1 when there are none. */
  readonly score: number;
  readonly assertions: readonly AssertionResult[];
  /** Set when the test has a pairwise assertion and this is a candidate. */
  readonly pairwise: PairwiseJudgement | undefined;
}

export interface GradeOptions {
  readonly specs: readonly AssertionSpec[];
  readonly answer: ModelAnswer;
  /** The baseline's answer for pairwise; undefined when this is the baseline (pairwise does not apply) or it failed. */
  readonly baseline: { readonly answer: ModelAnswer | undefined; readonly isSelf: boolean };
  readonly vars: Readonly<Record<string, unknown>>;
  /** The conversation as text, for judges. */
  readonly prompt: string;
  readonly testThreshold: number | undefined;
  /** The judge model an assertion uses (its own, else the suite's); model-graded kinds were checked to have one before the run. */
  readonly judge: (spec: AssertionSpec) => JudgeCall;
  readonly embed: (spec: AssertionSpec, inputs: readonly string[]) => Promise<number[][]>;
  /** The grader of a model-graded check other than native llm-rubric and pairwise (factuality, g-eval, context-*, …; promptfoo's llm-rubric too). */
  readonly grader?: (spec: AssertionSpec) => GraderPort;
  /** select-best outcomes for this answer, decided once per row over every model's output (see selectBest). */
  readonly selectBest?: ReadonlyMap<AssertionSpec, CheckOutcome>;
  /** Set for promptfoo configs: outputs, transforms and assertions follow promptfoo's rules. */
  readonly promptfoo?: PromptfooGrading;
}

export interface PromptfooGrading {
  /** The provider's output as promptfoo sees it, after the test's `options.transform` (see promptfooTestOutput). */
  readonly output: unknown;
  /** The provider's configured tools, for is-valid-openai-tools-call. */
  readonly tools: readonly unknown[] | undefined;
  /** The chat provider's configured functions, for is-valid-openai-function-call (undefined for a Responses provider). */
  readonly functions: { readonly declared: unknown } | undefined;
  /** The rendered prompt, for `context.prompt`. */
  readonly prompt: string;
}

/**
 * One model's answer against a test's assertions. Test passes when every
 * weighted assertion passes, or — with a test `threshold` — when the weighted
 * score reaches it (promptfoo's rule). Weight-0 assertions are reported only.
 */
export async function gradeAnswer(options: GradeOptions): Promise<Grade> {
  const results: AssertionResult[] = [];
  const pairwise: { judgement: PairwiseJudgement | undefined } = { judgement: undefined };
  let selectBestPass = true;
  for (const spec of options.specs) {
    if (spec.kind === "pairwise" && options.baseline.isSelf) continue;
    if (spec.kind === "select-best") {
      const outcome = options.selectBest?.get(spec) ?? checkError("select-best needs at least two outputs to compare");
      // promptfoo: a comparison only ands into the test's verdict and never joins the weighted score.
      selectBestPass &&= outcome.pass;
      results.push({ label: spec.label, pass: outcome.pass, score: outcome.score, weight: 0, reason: outcome.reason });
      continue;
    }
    results.push(await gradeSpec(spec, options, pairwise));
  }
  const { pass: allPass, score } = combine(results, options.testThreshold, options.promptfoo !== undefined);
  return { pass: allPass && selectBestPass, score: selectBestPass ? score : 0, assertions: results, pairwise: pairwise.judgement };
}

/**
 * A list of results as one verdict. Native suites: weight-0 results are
 * reported only, and no weight at all scores 1. promptfoo configs follow
 * promptfoo's AssertionsResult: any failure fails (weight 0 included) and no
 * weight scores 0. A `threshold` replaces "all pass" with "score reaches it".
 */
function combine(results: readonly AssertionResult[], threshold: number | undefined, promptfoo: boolean): { pass: boolean; score: number } {
  const counted = promptfoo ? results : results.filter((result) => result.weight > 0);
  const totalWeight = counted.reduce((sum, result) => sum + result.weight, 0);
  const score = totalWeight === 0 ? (promptfoo ? 0 : 1) : counted.reduce((sum, result) => sum + result.weight * result.score, 0) / totalWeight;
  const pass = threshold !== undefined && !Number.isNaN(threshold) ? score >= threshold : counted.every((result) => result.pass);
  return { pass, score };
}

async function gradeSpec(spec: AssertionSpec, options: GradeOptions, pairwise: { judgement: PairwiseJudgement | undefined }): Promise<AssertionResult> {
  if (spec.kind === "assert-set") {
    const children: AssertionResult[] = [];
    for (const child of spec.children ?? []) children.push(await gradeSpec(child, options, pairwise));
    const set = combine(children, spec.threshold, true);
    const failedChild = children.find((child) => !child.pass);
    return { label: spec.label, pass: set.pass, score: set.score, weight: spec.weight, reason: spec.threshold !== undefined ? `aggregate score ${set.score.toFixed(2)} ${set.pass ? "≥" : "<"} ${spec.threshold}` : (failedChild?.reason ?? "all assertions passed") };
  }
  let outcome: CheckOutcome;
  try {
    if (spec.kind === "pairwise") {
      pairwise.judgement =
        options.baseline.answer === undefined
          ? { outcome: "win", score: 1, reason: "the baseline failed to answer" }
          : await judgePairwise({ judge: options.judge(spec), prompt: options.prompt, baseline: options.baseline.answer.text, candidate: options.answer.text, criteria: spec.value as string | undefined });
      outcome = { pass: pairwise.judgement.score >= (spec.threshold ?? 0.5), score: pairwise.judgement.score, reason: pairwise.judgement.reason };
    } else if (options.promptfoo) outcome = await checkAsPromptfoo(spec, options, options.promptfoo);
    else outcome = await check(spec, options);
  } catch (error) {
    if (options.promptfoo && spec.kind === "javascript" && isJavascriptFile(spec.value)) throw new RowError(`${spec.label}: ${(error as Error).message}`);
    outcome = checkError(`${spec.label}: ${(error as Error).message}`);
  }
  return applyNegation(spec, outcome);
}

/**
 * The output promptfoo's assertions see: the provider's value (text, tool
 * calls or message), then the test's `options.transform`. A transform that
 * throws makes the cell an error, as in promptfoo.
 */
export async function promptfooTestOutput(options: { answer: ModelAnswer; responseFormatType: string | undefined; transform: CodeRef | undefined; vars: Readonly<Record<string, unknown>>; prompt: string }): Promise<unknown> {
  const output = promptfooOutput(options.answer, options.responseFormatType);
  if (!options.transform) return output;
  const context = { prompt: options.prompt, vars: options.vars, test: { vars: options.vars }, config: {} };
  const result = await runPromptfooCode({ ref: options.transform, language: isPython(options.transform) ? "python" : "javascript", output, context, defaultPythonFunction: "get_transform", expression: "transform" });
  if (result === undefined || result === null) throw new Error("transform did not return a value");
  return result;
}

/** One assertion with promptfoo's semantics: the provider's output value, the test's then the assertion's transform, values rendered with Nunjucks. */
async function checkAsPromptfoo(spec: AssertionSpec, options: GradeOptions, promptfoo: PromptfooGrading): Promise<CheckOutcome> {
  const context = { prompt: promptfoo.prompt, vars: options.vars, test: { vars: options.vars }, config: {} };
  const transform = async (ref: CodeRef, output: unknown): Promise<unknown> => {
    const result = await runPromptfooCode({ ref, language: isPython(ref) ? "python" : "javascript", output, context, defaultPythonFunction: "get_transform", expression: "transform" });
    if (result === undefined || result === null) throw new Error("transform did not return a value");
    return result;
  };
  let output = promptfoo.output;
  if (spec.transform) output = await transform(spec.transform, output);
  const code = spec.kind === "javascript" || spec.kind === "python";
  const value = code ? (typeof spec.value === "string" ? { kind: "inline", code: spec.value } : spec.value) : renderValue(spec.value, options.vars);
  if (isModelGraded(spec.kind)) return checkModelGraded({ spec, value, output, outputText: outputString(output), prompt: promptfoo.prompt, vars: options.vars, grader: graderOf(options, spec) });
  const outcome = await checkPromptfooAssertion(spec, { output, value, context, tools: promptfoo.tools, functions: promptfoo.functions });
  if (outcome) return outcome;
  return check({ ...spec, value }, { ...options, answer: { ...options.answer, text: outputString(output) } });
}

function renderValue(value: unknown, vars: Readonly<Record<string, unknown>>): unknown {
  if (typeof value === "string") return renderInObject(value, vars);
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return renderInObject(value, vars);
  return value;
}

function isPython(ref: CodeRef): boolean {
  return ref.kind === "file" && ref.path.endsWith(".py");
}

async function check(spec: AssertionSpec, options: GradeOptions): Promise<CheckOutcome> {
  const { answer } = options;
  if (isDeterministic(spec.kind)) return deterministicCheck(spec as AssertionSpec & { kind: typeof spec.kind }, answer);
  switch (spec.kind) {
    case "contains-json":
    case "is-valid-openai-tools-call":
    case "is-valid-openai-function-call":
    case "levenshtein":
    case "word-count":
    case "rouge-n":
    case "bleu":
    case "python":
      return (await checkPromptfooAssertion(spec, { output: spec.kind === "is-valid-openai-tools-call" || spec.kind === "is-valid-openai-function-call" ? promptfooOutput(answer, undefined) : answer.text, value: spec.kind === "python" && typeof spec.value === "string" ? { kind: "inline", code: spec.value } : spec.value, context: { vars: options.vars, prompt: options.prompt }, tools: undefined }))!;
    case "javascript":
      if (typeof spec.value !== "string") return (await checkPromptfooAssertion(spec, { output: answer.text, value: spec.value, context: { vars: options.vars, prompt: options.prompt }, tools: undefined }))!;
      return runJavascript({
        code: spec.value,
        output: answer.text,
        threshold: spec.threshold,
        context: { vars: options.vars, latencyMs: answer.latencyMs, costUsd: answer.costUsd ?? null, toolCalls: answer.toolCalls, finishReason: answer.finishReason },
      });
    case "factuality":
    case "model-graded-closedqa":
    case "g-eval":
    case "answer-relevance":
    case "context-recall":
    case "context-relevance":
    case "context-faithfulness":
      return checkModelGraded({ spec, value: spec.value, output: answer.text, outputText: answer.text, prompt: options.prompt, vars: options.vars, grader: graderOf(options, spec) });
    case "llm-rubric":
      return judgeRubric({ judge: options.judge(spec), rubric: spec.value as string, prompt: options.prompt, output: answer.text, threshold: spec.threshold });
    case "similar": {
      const expected = Array.isArray(spec.value) ? (spec.value as string[]) : [spec.value as string];
      const vectors = await options.embed(spec, [answer.text, ...expected]);
      const [outputVector, ...expectedVectors] = vectors;
      const similarity = Math.max(...expectedVectors.map((vector) => cosineSimilarity(outputVector ?? [], vector)));
      const minimum = spec.threshold ?? 0.8;
      const rounded = Math.round(similarity * 1000) / 1000;
      return { pass: similarity >= minimum, score: Math.max(0, similarity), reason: `cosine similarity ${rounded} ${similarity >= minimum ? "≥" : "<"} ${minimum}` };
    }
    default:
      return checkError(`no checker for ${spec.kind}`);
  }
}

function graderOf(options: GradeOptions, spec: AssertionSpec): GraderPort {
  if (!options.grader) throw new Error(`${spec.label} needs a grader`);
  return options.grader(spec);
}

function applyNegation(spec: AssertionSpec, outcome: CheckOutcome): AssertionResult {
  if (!spec.negate || outcome.error) return { label: spec.label, pass: outcome.pass, score: outcome.score, weight: spec.weight, reason: outcome.reason };
  // promptfoo's not-llm-rubric keeps the flipped score within 0..1 (a grader may answer any number).
  const score = spec.kind === "llm-rubric" && spec.grading ? Math.min(1, Math.max(0, 1 - (Number.isFinite(outcome.score) ? outcome.score : 0))) : 1 - outcome.score;
  return { label: spec.label, pass: !outcome.pass, score, weight: spec.weight, reason: `not: ${outcome.reason}` };
}

function isJavascriptFile(value: unknown): boolean {
  const ref = value as CodeRef | undefined;
  return ref?.kind === "file" && !ref.path.endsWith(".py");
}
