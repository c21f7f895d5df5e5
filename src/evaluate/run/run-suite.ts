import type { ChatRequest } from "../../core/chat-request.js";
import { RowError } from "../assert/assertion-result.js";
import { gradeAnswer, promptfooTestOutput, type Grade, type PromptfooGrading } from "../assert/grade-answer.js";
import type { AssertionSpec } from "../suite/assertion-spec.js";
import type { EvalSuite, EvalTest, ModelRef, PromptTemplate } from "../suite/eval-suite.js";
import { checkGraders } from "../suite/check-graders.js";
import { SummaryAggregator } from "../stats/summary-aggregator.js";
import type { CheckOutcome } from "../assert/assertion-result.js";
import { buildPromptfooRequest, promptfooChatRequest, promptfooResponsesBody, type PromptfooCall } from "../promptfoo/build-promptfoo-request.js";
import { selectBest, type GraderPort } from "../promptfoo/check-model-graded.js";
import { outputString, promptfooOutput } from "../promptfoo/promptfoo-output.js";
import { buildChatRequest, conversationText } from "./build-chat-request.js";
import { CallFailure, type ModelAnswer, type ModelClient } from "./model-client.js";
import { OrderedRowWriter } from "./ordered-row-writer.js";
import { Conversations } from "./conversations.js";
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
  /** The prompt's position in the suite, which names its `_conversation` history. */
  readonly promptIndex?: number;
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
  checkGraders(suite);
  const startedAt = new Date();
  const aggregator = new SummaryAggregator(suite.baseline, suite.candidates, suite.statistics);
  let failed = 0;
  let done = 0;
  const writer = new OrderedRowWriter(options.resultsFile, (row) => {
    aggregator.add(row);
    if (row.cells.some((cell) => cell.pass === false)) failed++;
  });
  const prompted = suite.prompts.filter(runsAnyModel).length;
  const plannedRows = suite.tests.reduce((sum, test) => sum + (test.messages ? 1 : prompted), 0);
  const calls = new Semaphore(suite.concurrency);
  const rows = planRows(suite);
  const models = [suite.baseline, ...suite.candidates];
  const conversations = new Conversations();
  // As promptfoo: a prompt that reads _conversation runs the rows one at a time, in test order, so each sees the turns before it.
  const rowWorkers = suite.prompts.some((prompt) => prompt.promptfoo?.kind === "text" && prompt.promptfoo.usesConversation) ? 1 : suite.concurrency;

  const worker = async (): Promise<void> => {
    for (let next = rows.next(); !next.done && !signal.aborted; next = rows.next()) {
      const row = await runRow({ planned: next.value, suite, client, calls, models, signal, conversations });
      if (signal.aborted) return;
      await writer.add(row);
      done++;
      options.progress?.({ done, total: plannedRows, failed });
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(rowWorkers, plannedRows) }, worker));
  } finally {
    await writer.close();
  }
  return { aggregator, interrupted: signal.aborted, plannedRows, startedAt, durationMs: Date.now() - startedAt.getTime() };
}

function* planRows(suite: EvalSuite): Generator<PlannedRow> {
  let index = 0;
  for (const test of suite.tests) {
    if (test.messages) yield { index: index++, test, prompt: undefined };
    else for (const [promptIndex, prompt] of suite.prompts.entries()) if (runsAnyModel(prompt)) yield { index: index++, test, prompt, promptIndex };
  }
}

/** A prompt that per-provider `prompts` lists give to no model has no row, as promptfoo gives it no column. */
function runsAnyModel(prompt: PromptTemplate): boolean {
  return prompt.models === undefined || prompt.models.length > 0;
}

async function runRow(options: { planned: PlannedRow; suite: EvalSuite; client: ModelClient; calls: Semaphore; models: readonly ModelRef[]; signal: AbortSignal; conversations: Conversations }): Promise<TestRow> {
  const { planned, suite, client, calls, signal, conversations } = options;
  const { test, prompt } = planned;
  // promptfoo's per-provider `prompts`: only the models that run this prompt get a cell.
  const models = prompt?.models === undefined ? options.models : options.models.filter((model) => prompt.models!.includes(model.label));
  const conversationKey = (model: ModelRef): string => JSON.stringify([model.label, planned.promptIndex, test.conversationId ?? null]);
  const usesConversation = prompt?.promptfoo?.kind === "text" && prompt.promptfoo.usesConversation;
  const native = buildChatRequest({ messages: test.messages ?? prompt!.messages, vars: test.vars, sampling: suite.sampling, tools: suite.tools });
  const call = (model: string, chatRequest: ChatRequest): Promise<ModelAnswer> => calls.run(() => client.chat(model, chatRequest, withTimeout(signal, suite.timeoutMs)));
  // promptfoo prompts are rendered per provider (prompt functions see the provider; each provider's config shapes its request).
  const requests = await Promise.all(
    models.map(async (model): Promise<PromptfooCall | { error: string }> => {
      if (!suite.promptfoo || !prompt?.promptfoo || test.messages) return { request: native, rendered: conversationText(native), vars: test.vars };
      const vars = usesConversation ? { ...test.vars, _conversation: conversations.turns(conversationKey(model)) } : test.vars;
      try {
        return await buildPromptfooRequest({ prompt: prompt.promptfoo, vars, scriptVariables: test.scriptVariables, model, semantics: suite.promptfoo });
      } catch (error) {
        return { error: `prompt: ${(error as Error).message}` };
      }
    }),
  );
  const first = requests[0];
  const input = first && "rendered" in first ? first.rendered : conversationText(native);
  const settled = await Promise.all(
    models.map(async (model, position) => {
      const built = requests[position]!;
      if ("error" in built) return { model, error: built.error, rendered: undefined, vars: test.vars };
      let answer: ModelAnswer | undefined;
      try {
        answer = "responses" in built ? await calls.run(() => client.responses(model.id, built.responses, withTimeout(signal, suite.timeoutMs))) : await call(model.id, built.request);
        return { model, answer, rendered: built.rendered, vars: built.vars };
      } catch (error) {
        return { model, error: error instanceof CallFailure ? error.message : `unexpected error: ${(error as Error).message}`, rendered: built.rendered, vars: built.vars };
      } finally {
        // promptfoo records the turn once the provider answered, an error answer included (its output then empty).
        if (usesConversation) conversations.add(conversationKey(model), built.rendered, answer === undefined ? "" : promptfooOutput(answer, responseFormatType(model)));
      }
    }),
  );
  const baselineAnswer = settled.find((result) => result.model === suite.baseline)?.answer;
  const graderFor = (spec: AssertionSpec): GraderPort => {
    const grader = spec.grading?.grader ?? suite.promptfoo?.grader;
    const model: ModelRef = grader?.model ?? { id: spec.judge ?? suite.judge ?? "", label: spec.judge ?? suite.judge ?? "" };
    const embedding = grader?.embedding ?? spec.embedding ?? suite.embedding;
    // Standing in for promptfoo's default grader, a JSON-graded check asks for JSON as that grader does.
    const jsonMode = grader?.standsInForDefault === true ? { response_format: { type: "json_object" } } : {};
    return {
      ask: async (rendered, json) => {
        // A Responses grader answers what its provider would hand promptfoo's grading code: the output string.
        if (model.api === "responses") return outputString(promptfooOutput(await calls.run(() => client.responses(model.id, promptfooResponsesBody(model, rendered), withTimeout(signal, suite.timeoutMs))), responseFormatType(model)));
        return (await call(model.id, promptfooChatRequest(model, rendered, json ? jsonMode : {}))).text;
      },
      embed: async (text) => {
        if (embedding === undefined) throw new Error(`${spec.label} needs an embeddings model`);
        const [vector] = await calls.run(() => client.embed(embedding, [text], withTimeout(signal, suite.timeoutMs)));
        return vector ?? [];
      },
    };
  };
  const selectBestOutcomes = new Map<AssertionSpec, CheckOutcome[]>();
  for (const spec of test.assertions.filter((item) => item.kind === "select-best")) {
    const answers = settled.map((result) => result.answer);
    if (answers.length < 2 || answers.some((answer) => answer === undefined)) continue;
    const outputs = settled.map((result) => (suite.promptfoo ? promptfooOutput(result.answer!, responseFormatType(result.model)) : result.answer!.text));
    selectBestOutcomes.set(spec, await selectBest({ criteria: String(spec.value), outputs, vars: test.vars, rubricPrompt: spec.grading?.rubricPrompt, grader: graderFor(spec) }));
  }
  const cells = await Promise.all(
    settled.map(async (result, position): Promise<CellResult> => {
      if (result.answer === undefined) return errorCell(result.model, result.error ?? "no answer", test.assertions.length > 0);
      let grade: Grade | undefined;
      let promptfoo: PromptfooGrading | undefined;
      if (suite.promptfoo) {
        const prompt = result.rendered ?? input;
        try {
          promptfoo = { output: await promptfooTestOutput({ answer: result.answer, responseFormatType: responseFormatType(result.model), transform: test.transform, vars: result.vars, prompt }), tools: toolsOf(result.model), functions: functionsOf(result.model), prompt };
        } catch (error) {
          return errorCell(result.model, `transform: ${(error as Error).message}`, true);
        }
      }
      if (test.assertions.length > 0) {
        try {
          grade = await gradeAnswer({
            specs: test.assertions,
            answer: result.answer,
            baseline: { answer: baselineAnswer, isSelf: result.model === suite.baseline },
            vars: result.vars,
            prompt: input,
            testThreshold: test.threshold,
            judge: (spec: AssertionSpec) => (judgeRequest) => call(spec.judge ?? suite.judge!, judgeRequest),
            grader: graderFor,
            selectBest: new Map([...selectBestOutcomes].map(([spec, outcomes]) => [spec, outcomes[position]!])),
            embed: (spec, inputs) => calls.run(() => client.embed(spec.embedding ?? suite.embedding!, inputs, withTimeout(signal, suite.timeoutMs))),
            promptfoo,
          });
        } catch (error) {
          if (error instanceof RowError) return errorCell(result.model, error.message, true);
          throw error;
        }
      }
      return answerCell(result.model, result.answer, grade);
    }),
  );
  const name = test.description ?? `test ${test.index + 1}`;
  return { index: planned.index, name: prompt && suite.prompts.length > 1 ? `${name} [${prompt.id}]` : name, prompt: prompt?.id ?? "messages", vars: test.vars, input, cells };
}

function responseFormatType(model: ModelRef): string | undefined {
  // A Responses provider's response_format was sent as text.format.
  const format = model.api === "responses" ? (model.request?.text as { format?: unknown } | undefined)?.format : model.request?.response_format;
  return typeof format === "object" && format !== null && typeof (format as { type?: unknown }).type === "string" ? (format as { type: string }).type : undefined;
}

function functionsOf(model: ModelRef): { readonly declared: unknown } | undefined {
  return model.api === "responses" ? undefined : { declared: model.request?.functions };
}

function toolsOf(model: ModelRef): readonly unknown[] | undefined {
  const tools = model.request?.tools;
  return Array.isArray(tools) ? tools : undefined;
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
