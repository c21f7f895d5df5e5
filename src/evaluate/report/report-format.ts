import type { Interval } from "../stats/interval.js";
import { signedPercent } from "../stats/verdict.js";
import type { EvalReport } from "./eval-report.js";
import type { TestRow } from "../run/test-row.js";

/** Shared number formatting, so every reporter prints the same figures. */
export const format = {
  percent: (fraction: number | undefined): string => (fraction === undefined || Number.isNaN(fraction) ? "-" : `${(fraction * 100).toFixed(1)}%`),
  interval: (interval: Interval | undefined): string => (interval === undefined ? "-" : `[${(interval.lower * 100).toFixed(1)}, ${(interval.upper * 100).toFixed(1)}]`),
  delta: (interval: Interval | undefined): string => (interval === undefined ? "-" : `${signedPercent(interval.estimate)}% [${signedPercent(interval.lower)}, ${signedPercent(interval.upper)}]`),
  pValue: (p: number | undefined): string => (p === undefined ? "-" : p < 0.001 ? "<0.001" : p.toFixed(3)),
  usd: (usd: number | undefined): string => (usd === undefined ? "-" : `$${usd < 0.01 && usd > 0 ? usd.toPrecision(2) : usd.toFixed(4)}`),
  ms: (ms: number | undefined): string => (ms === undefined ? "-" : `${Math.round(ms)}ms`),
  score: (score: number | null | undefined): string => (score === null || score === undefined ? "-" : score.toFixed(2)),
};

/** Rows stream from the results file; a reporter may read them more than once. */
export type RowSource = () => AsyncIterable<TestRow>;

export interface ReporterOptions {
  readonly report: EvalReport;
  readonly rows: RowSource;
  readonly write: (text: string) => Promise<void>;
}

/** A row is interesting when the models did not all do the same: those are shown first in the terminal matrix and marked in HTML. */
export function rowDisagrees(row: TestRow): boolean {
  const passes = new Set(row.cells.map((cell) => cell.pass));
  return passes.size > 1 || row.cells.some((cell) => cell.error !== null || (cell.pairwise !== null && cell.pairwise.outcome !== "tie"));
}

export function clip(text: string, length: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}
