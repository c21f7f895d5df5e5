import type { ShadowPair, ShadowSide } from "../../ledger/shadow-pair.js";
import { judgePairwise, type PairwiseJudgement } from "../judge/judge-pairwise.js";
import { conversationText } from "../run/build-chat-request.js";
import { CallFailure, type ModelClient } from "../run/model-client.js";
import { OrderedRowWriter } from "../run/ordered-row-writer.js";
import type { RunOutcome, RunProgress } from "../run/run-suite.js";
import { Semaphore } from "../run/semaphore.js";
import type { CellResult, TestRow } from "../run/test-row.js";
import type { ModelRef, StatisticsOptions } from "../suite/eval-suite.js";
import { SummaryAggregator } from "../stats/summary-aggregator.js";

export interface ShadowComparison extends RunOutcome {
  readonly baseline: ModelRef;
  readonly candidates: readonly ModelRef[];
  /** Pairs whose prompt or outputs were not captured, or where a side failed: timings and cost only. */
  readonly unjudged: number;
}

/**
 * `--from-shadow ROUTE --judge MODEL`: each stored pair becomes a row with the
 * primary answer as the baseline and the shadow target's as a candidate, and
 * the judge compares them in both orders. Latency, cost and errors are
 * reported even for pairs stored without prompt capture.
 */
export async function runShadowComparison(options: {
  pairs: readonly ShadowPair[];
  route: string;
  judge: string;
  client: ModelClient;
  concurrency: number;
  statistics: StatisticsOptions;
  resultsFile: string;
  signal: AbortSignal;
  progress?: (progress: RunProgress) => void;
}): Promise<ShadowComparison> {
  const startedAt = new Date();
  const primaryTargets = new Set(options.pairs.map((pair) => pair.primary.target));
  const baselineLabel = primaryTargets.size === 1 ? [...primaryTargets][0]! : `${options.route} (primary)`;
  const baseline: ModelRef = { id: options.route, label: baselineLabel };
  const candidates: ModelRef[] = [...new Set(options.pairs.map((pair) => pair.shadow.target))].map((target) => ({ id: target, label: target === baselineLabel ? `${target} (shadow)` : target }));
  const labelOf = new Map(candidates.map((candidate) => [candidate.id, candidate.label]));
  const aggregator = new SummaryAggregator(baseline, candidates, options.statistics);
  const writer = new OrderedRowWriter(options.resultsFile, (row) => aggregator.add(row));
  const judgeCalls = new Semaphore(options.concurrency);
  // Oldest first reads naturally in a report; the store returns newest first.
  const pairs = [...options.pairs].sort((a, b) => a.time - b.time);
  let unjudged = 0;
  let done = 0;
  let next = 0;

  const worker = async (): Promise<void> => {
    while (next < pairs.length && !options.signal.aborted) {
      const index = next++;
      const pair = pairs[index]!;
      const judgement = await judge(pair).catch((error: unknown) => (error instanceof CallFailure ? error : new CallFailure(String(error), false, undefined)));
      if (options.signal.aborted) return;
      if (!judgement || judgement instanceof CallFailure) unjudged++;
      const row: TestRow = {
        index,
        name: `${new Date(pair.time).toISOString()} ${pair.requestId}`,
        prompt: options.route,
        vars: {},
        input: pair.request ? conversationText(pair.request) : "(prompt not captured)",
        cells: [cell(baselineLabel, pair.primary, null), cell(labelOf.get(pair.shadow.target)!, pair.shadow, judgement instanceof CallFailure ? null : (judgement ?? null))],
      };
      await writer.add(row);
      done++;
      options.progress?.({ done, total: pairs.length, failed: 0 });
    }
  };

  const judge = async (pair: ShadowPair): Promise<PairwiseJudgement | undefined> => {
    if (!pair.request || !pair.primary.output || !pair.shadow.output || pair.primary.error || pair.shadow.error) return undefined;
    const prompt = conversationText(pair.request);
    return judgePairwise({
      judge: (request) => judgeCalls.run(() => options.client.chat(options.judge, request, AbortSignal.any([options.signal, AbortSignal.timeout(120_000)]))),
      prompt,
      baseline: describeOutput(pair.primary),
      candidate: describeOutput(pair.shadow),
      criteria: undefined,
    });
  };

  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, pairs.length)) }, worker));
  } finally {
    await writer.close();
  }
  return { aggregator, interrupted: options.signal.aborted, plannedRows: pairs.length, startedAt, durationMs: Date.now() - startedAt.getTime(), baseline, candidates, unjudged };
}

/** Text plus any tool calls, so a judge sees an answer that is only a tool call. */
function describeOutput(side: ShadowSide): string {
  const output = side.output!;
  const calls = output.toolCalls.map((call) => `[tool call] ${call.name}(${call.arguments})`).join("\n");
  return [output.text, calls].filter((part) => part !== "").join("\n");
}

function cell(label: string, side: ShadowSide, pairwise: PairwiseJudgement | null): CellResult {
  return {
    model: label,
    output: side.output?.text ?? null,
    toolCalls: side.output?.toolCalls ?? [],
    error: side.error,
    pass: null,
    score: null,
    latencyMs: side.latencyMs,
    costUsd: side.costUsd,
    inputTokens: side.inputTokens,
    outputTokens: side.outputTokens,
    target: side.target,
    cached: false,
    assertions: [],
    pairwise,
  };
}
