import type { Thresholds } from "../suite/eval-suite.js";
import type { SummaryAggregator } from "../stats/summary-aggregator.js";
import type { EvalReport } from "./eval-report.js";
import { format } from "./report-format.js";

/**
 * Statistics + thresholds → the report. Without `thresholds` the promptfoo
 * rule applies: any failed test fails the run. An interrupted run always fails:
 * partial results are kept, but CI must not read them as a pass.
 */
export function buildEvalReport(options: {
  aggregator: SummaryAggregator;
  suite: { source: string; description: string | undefined; statistics: { confidence: number; margin: number; resamples: number; seed: number }; thresholds: Thresholds | undefined; warnings: readonly string[] };
  mode: EvalReport["mode"];
  startedAt: Date;
  durationMs: number;
  interrupted: boolean;
  plannedRows: number;
  resultsFile: string;
}): EvalReport {
  const models = options.aggregator.models();
  const comparisons = options.aggregator.comparisons();
  const failures: string[] = [];
  const thresholds = options.suite.thresholds;
  if (options.interrupted) failures.push(`interrupted after ${options.aggregator.rows} of ${options.plannedRows} rows`);
  if (thresholds === undefined) {
    for (const model of models) {
      const failed = model.graded - model.passed;
      if (failed > 0) failures.push(`${model.label}: ${failed} of ${model.graded} tests failed`);
      else if (model.graded === 0 && model.errors > 0) failures.push(`${model.label}: ${model.errors} calls failed`);
    }
  } else {
    for (const model of models) {
      if (thresholds.passRate !== undefined && model.passRate !== undefined && model.passRate.estimate < thresholds.passRate) {
        failures.push(`${model.label}: pass rate ${format.percent(model.passRate.estimate)} is below the threshold ${format.percent(thresholds.passRate)}`);
      }
    }
    for (const comparison of comparisons) {
      if (thresholds.nonInferior && comparison.verdict.outcome !== "superior" && comparison.verdict.outcome !== "non-inferior") failures.push(`non-inferiority required: ${comparison.verdict.text}`);
      if (thresholds.winRate !== undefined && (comparison.winRate === undefined || comparison.winRate.estimate < thresholds.winRate)) {
        failures.push(`${comparison.candidate}: win rate ${format.percent(comparison.winRate?.estimate)} against ${comparison.baseline} is below the threshold ${format.percent(thresholds.winRate)}`);
      }
    }
  }
  const { statistics } = options.suite;
  return {
    version: 1,
    suite: options.suite.source,
    description: options.suite.description,
    mode: options.mode,
    startedAt: options.startedAt.toISOString(),
    durationMs: options.durationMs,
    interrupted: options.interrupted,
    rows: options.aggregator.rows,
    plannedRows: options.plannedRows,
    models,
    comparisons,
    statistics: { confidence: statistics.confidence, margin: statistics.margin, bootstrapResamples: statistics.resamples, seed: statistics.seed },
    failures,
    resultsFile: options.resultsFile,
    warnings: options.suite.warnings,
  };
}
