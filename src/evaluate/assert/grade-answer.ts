import type { AssertionSpec } from "../suite/assertion-spec.js";
import { judgePairwise, type PairwiseJudgement } from "../judge/judge-pairwise.js";
import { judgeRubric, type JudgeCall } from "../judge/judge-rubric.js";
import type { ModelAnswer } from "../run/model-client.js";
import { checkError, type AssertionResult, type CheckOutcome } from "./assertion-result.js";
import { cosineSimilarity } from "./cosine-similarity.js";
import { deterministicCheck, isDeterministic } from "./deterministic-check.js";
import { runJavascript } from "./run-javascript.js";

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
}

/**
 * One model's answer against a test's assertions. Test passes when every
 * weighted assertion passes, or — with a test `threshold` — when the weighted
 * score reaches it (promptfoo's rule). Weight-0 assertions are reported only.
 */
export async function gradeAnswer(options: GradeOptions): Promise<Grade> {
  const results: AssertionResult[] = [];
  let pairwise: PairwiseJudgement | undefined;
  for (const spec of options.specs) {
    if (spec.kind === "pairwise" && options.baseline.isSelf) continue;
    let outcome: CheckOutcome;
    try {
      if (spec.kind === "pairwise") {
        if (options.baseline.answer === undefined) {
          pairwise = { outcome: "win", score: 1, reason: "the baseline failed to answer" };
        } else {
          pairwise = await judgePairwise({ judge: options.judge(spec), prompt: options.prompt, baseline: options.baseline.answer.text, candidate: options.answer.text, criteria: spec.value as string | undefined });
        }
        outcome = { pass: pairwise.score >= (spec.threshold ?? 0.5), score: pairwise.score, reason: pairwise.reason };
      } else outcome = await check(spec, options);
    } catch (error) {
      outcome = checkError(`${spec.label}: ${(error as Error).message}`);
    }
    results.push(applyNegation(spec, outcome));
  }
  const weighted = results.filter((result) => result.weight > 0);
  const totalWeight = weighted.reduce((sum, result) => sum + result.weight, 0);
  const score = totalWeight === 0 ? 1 : weighted.reduce((sum, result) => sum + result.weight * result.score, 0) / totalWeight;
  const pass = options.testThreshold !== undefined ? score >= options.testThreshold : weighted.every((result) => result.pass);
  return { pass, score, assertions: results, pairwise };
}

async function check(spec: AssertionSpec, options: GradeOptions): Promise<CheckOutcome> {
  const { answer } = options;
  if (isDeterministic(spec.kind)) return deterministicCheck(spec as AssertionSpec & { kind: typeof spec.kind }, answer);
  switch (spec.kind) {
    case "javascript":
      return runJavascript({
        code: spec.value as string,
        output: answer.text,
        threshold: spec.threshold,
        context: { vars: options.vars, latencyMs: answer.latencyMs, costUsd: answer.costUsd ?? null, toolCalls: answer.toolCalls, finishReason: answer.finishReason },
      });
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

function applyNegation(spec: AssertionSpec, outcome: CheckOutcome): AssertionResult {
  if (!spec.negate || outcome.error) return { label: spec.label, pass: outcome.pass, score: outcome.score, weight: spec.weight, reason: outcome.reason };
  return { label: spec.label, pass: !outcome.pass, score: 1 - outcome.score, weight: spec.weight, reason: `not: ${outcome.reason}` };
}
