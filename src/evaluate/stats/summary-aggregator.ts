import type { Comparison, ModelSummary } from "../report/eval-report.js";
import type { ModelRef, StatisticsOptions } from "../suite/eval-suite.js";
import type { TestRow } from "../run/test-row.js";
import { mcnemarExact } from "./mcnemar-exact.js";
import { pairedBootstrap } from "./paired-bootstrap.js";
import { pairedProportionDifference } from "./paired-proportion-difference.js";
import { quantile } from "./quantile.js";
import { nonInferiorityVerdict } from "./verdict.js";
import { wilsonInterval } from "./wilson-interval.js";

/** Per model, per row: numbers only (never outputs), so memory grows by a few bytes per row. */
class ModelTally {
  rows = 0;
  graded = 0;
  passed = 0;
  errors = 0;
  cached = 0;
  scoreSum = 0;
  inputTokens = 0;
  outputTokens = 0;
  costTotal = 0;
  costUnknown = 0;
  readonly latencies = new GrowableArray();
  readonly costs = new GrowableArray();
  /** By row position: 1 pass, 0 fail, NaN not graded or not run. */
  readonly passByRow = new GrowableArray();
  readonly scoreByRow = new GrowableArray();
  /** Pairwise against the baseline: 1 win, 0.5 tie, 0 loss, NaN none. */
  readonly pairwiseByRow = new GrowableArray();
}

/**
 * Folds rows into per-model tallies as they complete, then computes the
 * statistics once at the end. Rows may arrive in any order; `position` pairs
 * the models' results on the same row.
 */
export class SummaryAggregator {
  private readonly tallies: Map<string, ModelTally>;
  private positions = 0;

  constructor(
    private readonly baseline: ModelRef,
    private readonly candidates: readonly ModelRef[],
    private readonly statistics: StatisticsOptions,
  ) {
    this.tallies = new Map([baseline, ...candidates].map((model) => [model.label, new ModelTally()]));
  }

  add(row: TestRow): void {
    const position = this.positions++;
    for (const [label, tally] of this.tallies) {
      const cell = row.cells.find((candidate) => candidate.model === label);
      tally.passByRow.set(position, Number.NaN);
      tally.scoreByRow.set(position, Number.NaN);
      tally.pairwiseByRow.set(position, Number.NaN);
      if (!cell) continue;
      tally.rows++;
      if (cell.error !== null) tally.errors++;
      if (cell.cached) tally.cached++;
      if (cell.pass !== null) {
        tally.graded++;
        if (cell.pass) tally.passed++;
        tally.passByRow.set(position, cell.pass ? 1 : 0);
        tally.scoreByRow.set(position, cell.score ?? 0);
        tally.scoreSum += cell.score ?? 0;
      }
      if (cell.pairwise) tally.pairwiseByRow.set(position, cell.pairwise.score);
      if (cell.latencyMs !== null && cell.error === null) tally.latencies.push(cell.latencyMs);
      if (cell.error === null) {
        if (cell.costUsd === null) tally.costUnknown++;
        else {
          tally.costTotal += cell.costUsd;
          tally.costs.push(cell.costUsd);
        }
      }
      tally.inputTokens += cell.inputTokens ?? 0;
      tally.outputTokens += cell.outputTokens ?? 0;
    }
  }

  get rows(): number {
    return this.positions;
  }

  models(): ModelSummary[] {
    return [this.baseline, ...this.candidates].map((model, index) => {
      const tally = this.tallies.get(model.label)!;
      const latencies = tally.latencies.view();
      const costs = tally.costs.view();
      return {
        label: model.label,
        id: model.id,
        role: index === 0 ? "baseline" : "candidate",
        rows: tally.rows,
        graded: tally.graded,
        passed: tally.passed,
        errors: tally.errors,
        cached: tally.cached,
        passRate: tally.graded > 0 ? wilsonInterval(tally.passed, tally.graded, this.statistics.confidence) : undefined,
        meanScore: tally.graded > 0 ? tally.scoreSum / tally.graded : undefined,
        latencyMs: latencies.length > 0 ? { p50: Math.round(quantile(latencies, 0.5)!), p95: Math.round(quantile(latencies, 0.95)!) } : undefined,
        costUsd: costs.length > 0 || tally.costUnknown > 0 ? { total: round(tally.costTotal), p50: round(quantile(costs, 0.5) ?? 0), p95: round(quantile(costs, 0.95) ?? 0), unknown: tally.costUnknown } : undefined,
        inputTokens: tally.inputTokens,
        outputTokens: tally.outputTokens,
      };
    });
  }

  comparisons(): Comparison[] {
    const base = this.tallies.get(this.baseline.label)!;
    return this.candidates.map((candidate) => {
      const tally = this.tallies.get(candidate.label)!;
      const table = { bothPass: 0, baselineOnly: 0, candidateOnly: 0, neitherPass: 0 };
      const baselineScores: number[] = [];
      const candidateScores: number[] = [];
      let wins = 0;
      let ties = 0;
      let losses = 0;
      for (let position = 0; position < this.positions; position++) {
        const basePass = base.passByRow.get(position);
        const candidatePass = tally.passByRow.get(position);
        if (!Number.isNaN(basePass) && !Number.isNaN(candidatePass)) {
          if (basePass === 1 && candidatePass === 1) table.bothPass++;
          else if (basePass === 1) table.baselineOnly++;
          else if (candidatePass === 1) table.candidateOnly++;
          else table.neitherPass++;
          baselineScores.push(base.scoreByRow.get(position));
          candidateScores.push(tally.scoreByRow.get(position));
        }
        const pairwise = tally.pairwiseByRow.get(position);
        if (!Number.isNaN(pairwise)) {
          if (pairwise > 0.5) wins++;
          else if (pairwise < 0.5) losses++;
          else ties++;
        }
      }
      const pairs = baselineScores.length;
      const { confidence, margin, resamples, seed } = this.statistics;
      const passRateDelta = pairs > 0 ? pairedProportionDifference(table, confidence) : undefined;
      const judged = wins + ties + losses;
      const winInterval = judged > 0 ? wilsonInterval(wins + ties / 2, judged, confidence) : undefined;
      const winRate = winInterval ? { ...winInterval, wins, ties, losses } : undefined;
      const verdict =
        passRateDelta !== undefined
          ? nonInferiorityVerdict({ candidate: candidate.label, baseline: this.baseline.label, difference: passRateDelta, margin, metric: "Δ pass rate" })
          : nonInferiorityVerdict({
              candidate: candidate.label,
              baseline: this.baseline.label,
              // A win rate of 50% is parity, so the same margin applies to (win rate − 50%).
              difference: winInterval ? { estimate: winInterval.estimate - 0.5, lower: winInterval.lower - 0.5, upper: winInterval.upper - 0.5 } : undefined,
              margin,
              metric: "win rate − 50%",
            });
      return {
        candidate: candidate.label,
        baseline: this.baseline.label,
        pairs,
        passRateDelta,
        mcnemar: pairs > 0 ? { baselineOnly: table.baselineOnly, candidateOnly: table.candidateOnly, pValue: mcnemarExact(table.baselineOnly, table.candidateOnly) } : undefined,
        scoreDelta: pairs > 1 ? pairedBootstrap({ baseline: baselineScores, candidate: candidateScores, resamples, seed, confidence }) : undefined,
        winRate,
        verdict,
      };
    });
  }
}

/** A Float64Array that doubles when full: 8 bytes per value, no boxed numbers. */
class GrowableArray {
  private buffer = new Float64Array(256);
  private length = 0;

  push(value: number): void {
    this.set(this.length, value);
  }

  set(index: number, value: number): void {
    while (index >= this.buffer.length) {
      const bigger = new Float64Array(this.buffer.length * 2);
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    this.buffer[index] = value;
    if (index >= this.length) this.length = index + 1;
  }

  get(index: number): number {
    return index < this.length ? this.buffer[index]! : Number.NaN;
  }

  view(): Float64Array {
    return this.buffer.subarray(0, this.length);
  }
}

function round(usd: number): number {
  return Math.round(usd * 1e8) / 1e8;
}
