import type { ChatRequest } from "../../core/chat-request.js";
import { gradeAnswer, type Grade } from "../assert/grade-answer.js";
import type { AssertionSpec } from "../suite/assertion-spec.js";
import type { EvalSuite, EvalTest, ModelRef, PromptTemplate } from "../suite/eval-suite.js";
import { SuiteError } from "../suite/suite-error.js";
import { SummaryAggregator } from "../stats/summary-aggregator.js";
import { buildChatRequest, conversationText } from "./build-chat-request.js";
import { CallFailure, type ModelAnswer, type ModelClient } from "./model-client.js";
import { OrderedRowWriter } from "./ordered-row-writer.js";
import { Semaphore } from "./semaphore.js";
import type { CellResult, TestRow } from "./test-row.js";

export interface RunProgress {
  readonly done: number;
  readonly total: number;
  readonly failed: number;
}

export interface RunOutcome {
  readonly aggregator: SummaryAggregator;
  readonly interrupted: boolean;
  readonly plannedRows: number;
  readonly startedAt: Date;
  readonly durationMs: number;
}

interface PlannedRow {
  readonly index: number;
  readonly test: EvalTest;
  readonly prompt: PromptTemplate | undefined;
}

/**
 * Runs every test × prompt against the baseline and each candidate, grades the
 * answers and streams rows to `resultsFile` as they finish. At most
 * `suite.concurrency` model calls (answers, judges, embeddings) are in flight.
 * When `signal` aborts (Ctrl-C) no new rows start, rows in flight are dropped,
 * and everything finished is kept and summarised.
 */
export async function runSuite(options: { suite: EvalSuite; client: ModelClient; resultsFile: string; signal: AbortSignal; progress?: (progress: RunProgress) => void }): Promise<RunOutcome> {
  const { suite, client, signal } = options;
  checkModelGraded(suite);
  const startedAt = new Date();
  const aggregator = new SummaryAggregator(suite.baseline, suite.candidates, suite.statistics);
  let failed = 0;
  let done = 0;
  const writer = new OrderedRowWriter(options.resultsFile, (row) => {
    aggregator.add(row);
    if (row.cells.some((cell) => cell.pass === false)) failed++;
  });
  const plannedRows = suite.tests.reduce((sum, test) => sum + (test.messages ? 1 : suite.prompts.length), 0);
  const calls = new Semaphore(suite.concurrency);
  const rows = planRows(suite);
  const models = [suite.baseline, ...suite.candidates];

  const worker = async (): Promise<void> => {
    for (let next = rows.next(); !next.done && !signal.aborted; next = rows.next()) {
      const row = await runRow({ planned: next.value, suite, client, calls, models, signal });
      if (signal.aborted) return;
      await writer.add(row);
      done++;
      options.progress?.({ done, total: plannedRows, failed });
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(suite.concurrency, plannedRows) }, worker));
  } finally {
    await writer.close();
  }
  return { aggregator, interrupted: signal.aborted, plannedRows, startedAt, durationMs: Date.now() - startedAt.getTime() };
}

function* planRows(suite: EvalSuite): Generator<PlannedRow> {
  let index = 0;
  for (const test of suite.tests) {
    if (test.messages) yield { index: index++, test, prompt: undefined };
    else for (const prompt of suite.prompts) yield { index: index++, test, prompt };
  }
}

/** llm-rubric and pairwise need a judge, similar an embeddings model; none is ever defaulted, so say so before spending anything. */
function checkModelGraded(suite: EvalSuite): void {
  for (const test of suite.tests) {
    for (const spec of test.assertions) {
      if ((spec.kind === "llm-rubric" || spec.kind === "pairwise") && (spec.judge ?? suite.judge) === undefined) {
        throw new SuiteError(`${suite.source}: ${spec.label} needs a judge model: set \`judge:\` in the suite (any routed alias or PROVIDER/MODEL) or pass --judge MODEL; no judge is chosen for you`);
      }
      if (spec.kind === "similar" && (spec.embedding ?? suite.embedding) === undefined) {
        throw new SuiteError(`${suite.source}: similar needs an embeddings model: set \`embedding:\` in the suite or on the assertion`);
      }
      if (spec.kind === "pairwise" && suite.candidates.length === 0) throw new SuiteError(`${suite.source}: pairwise needs at least one candidate to compare with the baseline`);
    }
  }
}

async function runRow(options: { planned: PlannedRow; suite: EvalSuite; client: ModelClient; calls: Semaphore; models: readonly ModelRef[]; signal: AbortSignal }): Promise<TestRow> {
  const { planned, suite, client, calls, signal } = options;
  const { test, prompt } = planned;
  const request = buildChatRequest({ messages: test.messages ?? prompt!.messages, vars: test.vars, sampling: suite.sampling, tools: suite.tools });
  const input = conversationText(request);
  const call = (model: string, chatRequest: ChatRequest): Promise<ModelAnswer> => calls.run(() => client.chat(model, chatRequest, withTimeout(signal, suite.timeoutMs)));
  const settled = await Promise.all(
    options.models.map(async (model) => {
      try {
        return { model, answer: await call(model.id, request) };
      } catch (error) {
        return { model, error: error instanceof CallFailure ? error.message : `unexpected error: ${(error as Error).message}` };
      }
    }),
  );
  const baselineAnswer = settled[0]?.answer;
  const cells = await Promise.all(
    settled.map(async (result, position): Promise<CellResult> => {
      if (result.answer === undefined) return errorCell(result.model, result.error ?? "no answer", test.assertions.length > 0);
      let grade: Grade | undefined;
      if (test.assertions.length > 0) {
        grade = await gradeAnswer({
          specs: test.assertions,
          answer: result.answer,
          baseline: { answer: baselineAnswer, isSelf: position === 0 },
          vars: test.vars,
          prompt: input,
          testThreshold: test.threshold,
          judge: (spec: AssertionSpec) => (judgeRequest) => call(spec.judge ?? suite.judge!, judgeRequest),
          embed: (spec, inputs) => calls.run(() => client.embed(spec.embedding ?? suite.embedding!, inputs, withTimeout(signal, suite.timeoutMs))),
        });
      }
      return answerCell(result.model, result.answer, grade);
    }),
  );
  const name = test.description ?? `test ${test.index + 1}`;
  return { index: planned.index, name: prompt && suite.prompts.length > 1 ? `${name} [${prompt.id}]` : name, prompt: prompt?.id ?? "messages", vars: test.vars, input, cells };
}

function answerCell(model: ModelRef, answer: ModelAnswer, grade: Grade | undefined): CellResult {
  return {
    model: model.label,
    output: answer.text,
    toolCalls: answer.toolCalls,
    error: null,
    pass: grade ? grade.pass : null,
    score: grade ? Math.round(grade.score * 1e4) / 1e4 : null,
    latencyMs: answer.latencyMs,
    costUsd: answer.costUsd ?? null,
    inputTokens: answer.inputTokens ?? null,
    outputTokens: answer.outputTokens ?? null,
    target: answer.target ?? null,
    cached: answer.cached,
    assertions: grade?.assertions ?? [],
    pairwise: grade?.pairwise ?? null,
  };
}

/** A model that did not answer fails the row: a candidate that errors is not a drop-in. */
export function errorCell(model: ModelRef, error: string, graded: boolean): CellResult {
  return {
    model: model.label,
    output: null,
    toolCalls: [],
    error,
    pass: graded ? false : null,
    score: graded ? 0 : null,
    latencyMs: null,
    costUsd: null,
    inputTokens: null,
    outputTokens: null,
    target: null,
    cached: false,
    assertions: [],
    pairwise: null,
  };
}

function withTimeout(signal: AbortSignal, timeoutMs: number): AbortSignal {
  return AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]);
}
