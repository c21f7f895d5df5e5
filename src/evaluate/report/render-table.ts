import { renderTextTable } from "../../shared/render-text-table.js";
import type { CellResult } from "../run/test-row.js";
import { clip, format, rowDisagrees, type ReporterOptions } from "./report-format.js";

const maxMatrixRows = 40;

/** The terminal view: a side-by-side matrix (rows where models differ first), per-model statistics, comparisons and verdicts. */
export async function renderTable(options: ReporterOptions): Promise<void> {
  const { report } = options;
  const labels = report.models.map((model) => model.label);
  const shown: string[][] = [];
  const filler: string[][] = [];
  for await (const row of options.rows()) {
    const line = [clip(row.name, 32), ...labels.map((label) => cellText(row.cells.find((cell) => cell.model === label)))];
    if (rowDisagrees(row) && shown.length < maxMatrixRows) shown.push(line);
    else if (filler.length < maxMatrixRows) filler.push(line);
  }
  const matrix = [...shown, ...filler.slice(0, Math.max(0, maxMatrixRows - shown.length))];
  const title = `${report.description ?? report.suite}: ${report.rows}${report.rows === report.plannedRows ? "" : ` of ${report.plannedRows}`} rows × ${labels.length} model${labels.length === 1 ? "" : "s"}${report.interrupted ? " (interrupted: partial results)" : ""}`;
  let text = `${title}\n\n`;
  const header = ["test", ...report.models.map((model) => (model.role === "baseline" ? `${model.label} (baseline)` : model.label))];
  text += renderTextTable({ header, rows: matrix });
  if (report.rows > matrix.length) text += `(${matrix.length} of ${report.rows} rows shown, rows where the models differ first; --format html or json for all)\n`;

  text += `\n${renderTextTable({
    header: ["model", "pass rate", `${Math.round(report.statistics.confidence * 100)}% CI`, "score", "p50", "p95", "cost", "errors", "cached"],
    rows: report.models.map((model) => [
      model.label,
      model.passRate ? `${model.passed}/${model.graded} ${format.percent(model.passRate.estimate)}` : "-",
      format.interval(model.passRate),
      format.score(model.meanScore),
      format.ms(model.latencyMs?.p50),
      format.ms(model.latencyMs?.p95),
      model.costUsd ? `${format.usd(model.costUsd.total)}${model.costUsd.unknown > 0 ? ` (+${model.costUsd.unknown} unpriced)` : ""}` : "-",
      String(model.errors),
      String(model.cached),
    ]),
  })}`;

  if (report.comparisons.length > 0) {
    text += `\n${renderTextTable({
      header: ["candidate vs baseline", "pairs", "Δ pass rate", "McNemar p", "Δ score", "bootstrap p", "win rate"],
      rows: report.comparisons.map((comparison) => [
        `${comparison.candidate} vs ${comparison.baseline}`,
        String(comparison.pairs),
        format.delta(comparison.passRateDelta),
        format.pValue(comparison.mcnemar?.pValue),
        format.delta(comparison.scoreDelta),
        format.pValue(comparison.scoreDelta?.pValue),
        comparison.winRate ? `${format.percent(comparison.winRate.estimate)} ${format.interval(comparison.winRate)} (${comparison.winRate.wins}W ${comparison.winRate.ties}T ${comparison.winRate.losses}L)` : "-",
      ]),
    })}`;
    text += `\n${report.comparisons.map((comparison) => comparison.verdict.text).join("\n")}\n`;
  }
  text += report.failures.length === 0 ? "\nPASS\n" : `\nFAIL\n${report.failures.map((failure) => `  ${failure}`).join("\n")}\n`;
  text += `Results: ${report.resultsFile}\n`;
  await options.write(text);
}

function cellText(cell: CellResult | undefined): string {
  if (!cell) return "";
  if (cell.error !== null) return `ERROR ${clip(cell.error, 30)}`;
  const verdict = cell.pass === null ? "" : cell.pass ? "PASS " : "FAIL ";
  const pairwise = cell.pairwise ? ` ${cell.pairwise.outcome}` : "";
  return `${verdict}${format.score(cell.score)} ${format.ms(cell.latencyMs ?? undefined)}${pairwise} "${clip(cell.output ?? "", 24)}"`;
}
