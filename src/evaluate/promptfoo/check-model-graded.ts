import { checkError, failed, type CheckOutcome } from "../assert/assertion-result.js";
import { cosineSimilarity } from "../assert/cosine-similarity.js";
import type { AssertionSpec } from "../suite/assertion-spec.js";
import { extractJsonObjects } from "./extract-json-objects.js";
import * as prompts from "./grader-prompts.js";
import { chooseRubricPrompt, parsedOrText, renderGradingPrompt } from "./render-grading-prompt.js";

/** How a model-graded check reaches its grader; both throw when the call fails. */
export interface GraderPort {
  /** Sends a rendered grading prompt; `json` when promptfoo would use its JSON grader (llm-rubric). Returns the grader's text. */
  ask(rendered: string, json: boolean): Promise<string>;
  /** One embedding per call, as promptfoo's embedding provider is called. */
  embed(text: string): Promise<number[]>;
}

export interface ModelGradedInput {
  readonly spec: AssertionSpec;
  /** The assertion's value, Nunjucks-rendered against the test's variables. */
  readonly value: unknown;
  /** The output after the test's and the assertion's transforms. */
  readonly output: unknown;
  /** The same, as promptfoo's coerceString gives it. */
  readonly outputText: string;
  /** The rendered prompt sent to the model. */
  readonly prompt: string;
  readonly vars: Readonly<Record<string, unknown>>;
  readonly grader: GraderPort;
}

const modelGradedKinds = new Set(["llm-rubric", "factuality", "model-graded-closedqa", "g-eval", "answer-relevance", "context-recall", "context-relevance", "context-faithfulness"]);

export function isModelGraded(kind: string): boolean {
  return modelGradedKinds.has(kind);
}

/**
 * promptfoo 0.121's model-graded assertions: the grader's answer is parsed,
 * scored and thresholded as promptfoo does (JSON `{pass, score, reason}` for
 * llm-rubric, a category A–E for factuality, a trailing Y/N for closedqa,
 * two-step G-Eval out of 10, RAGAS-style counts for context-*, mean
 * question-embedding similarity for answer-relevance). A grader that cannot
 * be reached or answers unreadably gives an error outcome, which `not-` does
 * not flip (promptfoo's graderError). The outcome is before negation.
 */
export async function checkModelGraded(input: ModelGradedInput): Promise<CheckOutcome> {
  try {
    switch (input.spec.kind) {
      case "llm-rubric":
        return await llmRubric(input);
      case "factuality":
        return await factuality(input);
      case "model-graded-closedqa":
        return await closedQa(input);
      case "g-eval":
        return await gEval(input);
      case "answer-relevance":
        return await answerRelevance(input);
      case "context-recall":
        return await contextRecall(input);
      case "context-relevance":
        return await contextRelevance(input);
      case "context-faithfulness":
        return await contextFaithfulness(input);
      default:
        return checkError(`${input.spec.kind} is not model-graded`);
    }
  } catch (error) {
    return checkError((error as Error).message);
  }
}

const rubricPromptOf = (input: ModelGradedInput, fallback: string): string => chooseRubricPrompt(input.spec.grading?.rubricPrompt, fallback);

async function ask(input: ModelGradedInput, rendered: string, json: boolean): Promise<string> {
  const text = await input.grader.ask(rendered, json);
  if (text === "") throw new Error("No output");
  return text;
}

async function llmRubric(input: ModelGradedInput): Promise<CheckOutcome> {
  const rubric = input.value === undefined || input.value === null || input.value === "" ? "" : input.value;
  const rendered = renderGradingPrompt(rubricPromptOf(input, prompts.rubricGradingPrompt), { ...input.vars, output: parsedOrText(input.outputText), rubric });
  const text = await ask(input, rendered, true);
  const parsed = extractJsonObjects(text)[0];
  if (!parsed) return checkError("Could not extract JSON from llm-rubric response");
  let pass: unknown = parsed.pass ?? true;
  if (typeof pass !== "boolean") pass = /^(true|yes|pass|y)$/i.test(String(pass));
  let score: unknown = parsed.score;
  if (typeof score !== "number") score = Number.isFinite(Number(score)) ? Number(score) : Number(pass);
  const threshold = input.spec.threshold;
  let verdict = pass as boolean;
  if (threshold !== undefined && Number.isFinite(threshold)) verdict = verdict && (score as number) >= threshold;
  const reason = typeof parsed.reason === "string" && parsed.reason !== "" ? parsed.reason : verdict ? "Grading passed" : `Score ${String(score)} below threshold ${String(threshold)}`;
  return { pass: verdict, score: score as number, reason };
}

const factualityCategories = ["A", "B", "C", "D", "E"] as const;
const factualityKeys: Readonly<Record<(typeof factualityCategories)[number], { key: string; score: number }>> = {
  A: { key: "subset", score: 1 },
  B: { key: "superset", score: 1 },
  C: { key: "agree", score: 1 },
  D: { key: "disagree", score: 0 },
  E: { key: "differButFactual", score: 1 },
};

async function factuality(input: ModelGradedInput): Promise<CheckOutcome> {
  const rendered = renderGradingPrompt(rubricPromptOf(input, prompts.factualityGradingPrompt), { ...input.vars, input: input.prompt, ideal: input.value, completion: parsedOrText(input.outputText) });
  const text = await ask(input, rendered, false);
  let option: string | undefined;
  let reason = "";
  const json = extractJsonObjects(text)[0];
  if (json && typeof json.category === "string" && json.category !== "") {
    option = json.category.trim().toUpperCase();
    if (!/^[A-E]$/.test(option)) return failed(`Invalid category value: ${option}`);
    reason = typeof json.reason === "string" && json.reason.trim() !== "" ? json.reason.trim() : `Category ${option}`;
  } else {
    const match = /\s*\(?([a-eA-E])\)/.exec(text);
    if (!match) return failed(`Factuality checker output did not match expected format: ${text}`);
    option = match[1]!.toUpperCase();
    reason = /\)\s*(.*)/s.exec(text)?.[1]?.trim() || text;
  }
  const scores = input.spec.grading?.factuality ?? {};
  const lookup = Object.fromEntries(factualityCategories.map((category) => [category, scores[factualityKeys[category].key] ?? factualityKeys[category].score]));
  const score = lookup[option]!;
  return { pass: score > 0, score, reason };
}

async function closedQa(input: ModelGradedInput): Promise<CheckOutcome> {
  const rendered = renderGradingPrompt(rubricPromptOf(input, prompts.closedQaGradingPrompt), { ...input.vars, input: input.prompt, criteria: input.value, completion: parsedOrText(input.outputText) });
  const text = await ask(input, rendered, false);
  const trimmed = text.trimEnd();
  const pass = trimmed.endsWith("Y");
  const reason = pass ? `The submission meets the criterion:\n${text}` : trimmed.endsWith("N") ? `The submission does not meet the criterion:\n${text}` : `Model grader produced a malformed response:\n${text}`;
  return { pass, score: pass ? 1 : 0, reason };
}

async function gEval(input: ModelGradedInput): Promise<CheckOutcome> {
  const threshold = input.spec.threshold ?? 0.7;
  const criteria = Array.isArray(input.value) ? (input.value as string[]) : [String(input.value)];
  const scores: number[] = [];
  const reasons: string[] = [];
  for (const [index, criterion] of criteria.entries()) {
    const outcome = await gEvalOne(input, criterion);
    if ("error" in outcome) return checkError(criteria.length > 1 ? `G-Eval criterion ${index + 1}/${criteria.length} (${JSON.stringify(criterion)}) failed: ${outcome.error}` : outcome.error);
    scores.push(outcome.score);
    reasons.push(outcome.reason);
  }
  const score = scores.reduce((sum, item) => sum + item, 0) / scores.length;
  return { pass: score >= threshold, score, reason: reasons.join("\n\n") };
}

async function gEvalOne(input: ModelGradedInput, criteria: string): Promise<{ score: number; reason: string } | { error: string }> {
  if (!input.prompt) throw new Error("No source text to estimate reply");
  const maxScore = 10;
  const custom = input.spec.grading?.rubricPrompt;
  const parts = typeof custom === "object" && custom !== null && !Array.isArray(custom) ? (custom as Record<string, unknown>) : {};
  const stepsText = await ask(input, renderGradingPrompt(chooseRubricPrompt(parts.steps, prompts.gEvalStepsPrompt), { criteria }), false);
  const stepsMatch = stepsText.match(/\{"steps".+\}/g);
  if (!stepsMatch) return { error: `LLM-proposed evaluation steps are not in JSON format: ${stepsText}` };
  let steps: unknown;
  try {
    steps = (JSON.parse(stepsMatch[0]) as { steps?: unknown }).steps;
  } catch (error) {
    return { error: `LLM-proposed evaluation steps are not in JSON format: ${(error as Error).message}\n\n${stepsText}` };
  }
  if (!Array.isArray(steps)) return { error: `G-Eval steps response has invalid or missing steps: ${JSON.stringify(steps)}` };
  if (steps.length === 0) return { error: "LLM does not propose any evaluation step" };
  if (!steps.every((step) => typeof step === "string" && step.trim() !== "")) return { error: `G-Eval steps response contains invalid steps: ${JSON.stringify(steps)}` };
  const evalVars = { criteria, steps: (steps as string[]).join("\n- "), maxScore: String(maxScore), input: parsedOrText(input.prompt), output: parsedOrText(input.outputText) };
  const resultText = await ask(input, renderGradingPrompt(chooseRubricPrompt(parts.evaluate, prompts.gEvalScorePrompt), evalVars), false);
  const resultMatch = resultText.match(/\{.+\}/g);
  if (!resultMatch) return { error: `LLM-proposed evaluation result is not in JSON format: ${resultText}` };
  let result: { score?: unknown; reason?: unknown };
  try {
    result = JSON.parse(resultMatch[0]) as { score?: unknown; reason?: unknown };
  } catch (error) {
    return { error: `LLM-proposed evaluation result is not in JSON format: ${(error as Error).message}\n\n${resultText}` };
  }
  const raw = typeof result.score === "number" ? result.score : typeof result.score === "string" && result.score.trim() !== "" ? Number(result.score) : Number.NaN;
  if (!Number.isFinite(raw)) return { error: `G-Eval result has invalid or missing score: ${JSON.stringify(result.score)}` };
  if (raw < 0 || raw > maxScore) return { error: `G-Eval result score ${raw} is outside the expected 0-${maxScore} range` };
  if (typeof result.reason !== "string" || result.reason.trim() === "") return { error: `G-Eval result has invalid or missing reason: ${JSON.stringify(result.reason)}` };
  return { score: raw / maxScore, reason: result.reason };
}

async function answerRelevance(input: ModelGradedInput): Promise<CheckOutcome> {
  if (typeof input.output !== "string") throw new Error("answer-relevance assertion type must evaluate a string output");
  const threshold = input.spec.threshold ?? 0;
  const query = typeof input.vars.query === "string" ? input.vars.query : input.prompt;
  const rendered = renderGradingPrompt(rubricPromptOf(input, prompts.answerRelevanceQuestionPrompt), { answer: parsedOrText(input.output) });
  const questions: string[] = [];
  for (let attempt = 0; attempt < 3; attempt++) questions.push(await ask(input, rendered, false));
  const queryVector = await input.grader.embed(query);
  const similarities: number[] = [];
  for (const question of questions) similarities.push(cosineSimilarity(queryVector, await input.grader.embed(question)));
  const similarity = similarities.reduce((sum, item) => sum + item, 0) / similarities.length;
  const pass = similarity >= threshold - Number.EPSILON;
  return { pass, score: similarity, reason: `Relevance ${similarity.toFixed(2)} is ${pass ? "greater" : "less"} than threshold ${threshold}` };
}

/** promptfoo's resolveContext: the `context` variable (text or a list of texts), else the fallback. */
function contextOf(input: ModelGradedInput, fallback: string | undefined): string | string[] {
  const value = input.vars.context;
  let context: unknown = fallback;
  if (value) {
    if (typeof value === "string") context = value;
    else if (Array.isArray(value)) {
      const bad = value.findIndex((item) => typeof item !== "string");
      if (bad !== -1) throw new Error(`Invalid context: expected an array of strings, but found ${typeof value[bad]} at index ${bad}`);
      context = value;
    }
  }
  const ok = (typeof context === "string" && context.length > 0) || (Array.isArray(context) && context.length > 0 && context.every((item) => typeof item === "string" && item.length > 0));
  if (!ok) throw new Error('Context is required for context-based assertions. Provide a "context" variable (string or array of strings) in your test case.');
  return context as string | string[];
}

const serialise = (context: string | string[]): string => (Array.isArray(context) ? context.join("\n\n") : context);
const nonEmptyLines = (text: string): string[] => text.split("\n").filter((line) => line.trim() !== "");

/** promptfoo's sentence units: several non-empty lines are units as they are; one block of prose splits after . ! ? */
function sentenceUnits(text: string): string[] {
  const lines = nonEmptyLines(text);
  return (lines.length > 1 ? lines : text.split(/(?<=[.!?])\s+/)).map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 0 && !/^\d+[.)]$/.test(sentence));
}

async function contextRecall(input: ModelGradedInput): Promise<CheckOutcome> {
  const threshold = input.spec.threshold ?? 0;
  const context = serialise(contextOf(input, input.prompt));
  const rendered = renderGradingPrompt(rubricPromptOf(input, prompts.contextRecallPrompt), { ...input.vars, context, groundTruth: input.value });
  const text = await ask(input, rendered, false);
  const attributed = "[attributed]";
  const notAttributed = "[not attributed]";
  const lines = nonEmptyLines(text).filter((line) => line.toLowerCase().includes(attributed) || line.toLowerCase().includes(notAttributed));
  const count = lines.filter((line) => !line.toLowerCase().includes(notAttributed) && line.toLowerCase().includes(attributed)).length;
  const score = lines.length > 0 ? count / lines.length : 0;
  const pass = score >= threshold - Number.EPSILON;
  return { pass, score, reason: `Recall ${score.toFixed(2)} is ${pass ? ">=" : "<"} ${threshold}` };
}

async function contextRelevance(input: ModelGradedInput): Promise<CheckOutcome> {
  if (typeof input.vars.query !== "string") throw new Error('context-relevance assertion requires a "query" variable with the user question');
  const threshold = input.spec.threshold ?? 0;
  const context = contextOf(input, undefined);
  const rendered = renderGradingPrompt(rubricPromptOf(input, prompts.contextRelevancePrompt), { context: serialise(context), query: input.vars.query });
  const text = await ask(input, rendered, false);
  const preSegmented = Array.isArray(context) || nonEmptyLines(context).length > 1;
  const units = Array.isArray(context) ? context.filter((chunk) => chunk.trim().length > 0) : sentenceUnits(context);
  const relevant = text.includes("Insufficient Information") ? [] : [...new Set(preSegmented ? nonEmptyLines(text) : sentenceUnits(text))];
  const score = units.length > 0 ? Math.min(relevant.length, units.length) / units.length : 0;
  const pass = score >= threshold - Number.EPSILON;
  return { pass, score, reason: `Context relevance ${score.toFixed(2)} is ${pass ? ">=" : "<"} ${threshold}` };
}

async function contextFaithfulness(input: ModelGradedInput): Promise<CheckOutcome> {
  const query = input.vars.query;
  if (typeof query !== "string") throw new Error('context-faithfulness assertion requires a "query" variable with the user question');
  if (typeof input.output !== "string") throw new Error("context-faithfulness assertion requires string output from the provider");
  const threshold = input.spec.threshold ?? 0;
  const context = serialise(contextOf(input, undefined));
  const custom = input.spec.grading?.rubricPrompt;
  if (custom !== undefined && custom !== null && custom !== "" && !Array.isArray(custom)) throw new Error("rubricPrompt must be an array");
  const part = (index: number): unknown => {
    const item: unknown = Array.isArray(custom) ? custom[index] : undefined;
    return typeof item === "string" ? item : typeof item === "object" && item !== null ? (item as { content?: unknown }).content : undefined;
  };
  const statementsText = await ask(input, renderGradingPrompt(chooseRubricPrompt(part(0), prompts.faithfulnessStatementsPrompt), { ...input.vars, question: query, answer: parsedOrText(input.output) }), false);
  const statements = nonEmptyLines(statementsText);
  const verdictText = await ask(input, renderGradingPrompt(chooseRubricPrompt(part(1), prompts.faithfulnessVerdictsPrompt), { ...input.vars, context, statements }), false);
  const marker = "final verdict for each statement in order:";
  let verdicts = verdictText.toLowerCase().trim();
  let score = 0;
  if (statements.length > 0) {
    if (verdicts.includes(marker)) {
      verdicts = verdicts.slice(verdicts.indexOf(marker) + marker.length);
      const parsed = verdicts.split(".").filter((answer) => answer.trim() !== "");
      if (parsed.length > 0) score = 1 - (parsed.filter((answer) => !answer.includes("yes")).length + Math.max(0, statements.length - parsed.length)) / statements.length;
    } else {
      const no = verdicts.split("verdict: no").length - 1;
      const yes = verdicts.split("verdict: yes").length - 1;
      if (no + yes > 0) score = 1 - (no + Math.max(0, statements.length - no - yes)) / statements.length;
    }
  }
  score = Math.min(1, Math.max(0, score));
  const pass = score >= threshold - Number.EPSILON;
  return { pass, score, reason: `Faithfulness ${score.toFixed(2)} is ${pass ? ">=" : "<"} ${threshold}` };
}

/**
 * promptfoo's select-best over one test's outputs: the grader names the index
 * of the best (the first integer in its answer); that output passes with 1,
 * the others fail with 0. An unusable answer fails every output.
 */
export async function selectBest(options: { criteria: string; outputs: readonly unknown[]; vars: Readonly<Record<string, unknown>>; rubricPrompt: unknown; grader: GraderPort }): Promise<CheckOutcome[]> {
  const everyone = (outcome: CheckOutcome): CheckOutcome[] => options.outputs.map(() => outcome);
  let text: string;
  try {
    const rendered = renderGradingPrompt(chooseRubricPrompt(options.rubricPrompt, prompts.selectBestPrompt), { ...options.vars, criteria: options.criteria, outputs: options.outputs.map((output) => (typeof output === "string" ? parsedOrText(output) : output)) });
    text = await options.grader.ask(rendered, false);
  } catch (error) {
    return everyone(failed((error as Error).message));
  }
  if (text === "") return everyone(failed("No output"));
  const match = /\d+/.exec(text.trim());
  const verdict = match ? Number.parseInt(match[0], 10) : Number.NaN;
  if (Number.isNaN(verdict) || verdict < 0 || verdict >= options.outputs.length) return everyone(failed(`Invalid select-best verdict: ${verdict}`));
  return options.outputs.map((_output, index) => (index === verdict ? { pass: true, score: 1, reason: `Output selected as the best: ${options.criteria}` } : failed(`Output not selected: ${options.criteria}`)));
}
