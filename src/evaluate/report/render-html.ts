import type { CellResult, TestRow } from "../run/test-row.js";
import { format, rowDisagrees, type ReporterOptions } from "./report-format.js";
import { escapeSvg as escapeHtml, groupedBarChart, intervalChart } from "./svg-charts.js";
import { wordDiff } from "./word-diff.js";

const style = `
body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#1b1f24;background:#fff}
h1{font-size:20px}h2{font-size:16px;margin-top:28px}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:6px 8px;vertical-align:top;text-align:left}
th{background:#f6f8fa}.pass{color:#1a7f37;font-weight:600}.fail{color:#cf222e;font-weight:600}.error{color:#9a6700;font-weight:600}
.muted{fill:#6e7781;color:#6e7781}.small{font-size:11px}pre{white-space:pre-wrap;word-break:break-word;margin:4px 0;font:12px/1.4 ui-monospace,monospace}
ins{background:#dafbe1;text-decoration:none}del{background:#ffebe9}
svg text{font:12px system-ui,sans-serif}.bar{fill:#54aeff}.whisker{stroke:#0a3069;stroke-width:2}.grid{stroke:#eaeef2}.reference{stroke:#cf222e;stroke-dasharray:4 3}
.series0{fill:#54aeff}.series1{fill:#0550ae}figure{margin:12px 0}figcaption{font-weight:600;margin-bottom:4px}
.verdict{font-weight:600}details{margin-top:4px}tr.same-result{}
`;

const script = `document.getElementById('only-differ').addEventListener('change',function(e){document.querySelectorAll('tr.same-result').forEach(function(r){r.style.display=e.target.checked?'none':''})})`;

/**
 * One self-contained HTML file: inline CSS, inline SVG charts, a few lines of
 * inline script for the "only rows that differ" filter, and every row with each
 * candidate's output diffed word by word against the baseline's. No network.
 */
export async function renderHtml(options: ReporterOptions): Promise<void> {
  const { report } = options;
  const title = report.description ?? report.suite;
  let head = `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}: switchyard eval</title><style>${style}</style></head><body>\n`;
  head += `<h1>${escapeHtml(title)}</h1>\n<p>${report.rows}${report.rows === report.plannedRows ? "" : ` of ${report.plannedRows}`} rows, ${report.models.length} models, started ${escapeHtml(report.startedAt)}, ${(report.durationMs / 1000).toFixed(1)} s${report.interrupted ? " — <strong>interrupted: partial results</strong>" : ""}. Result: <span class="${report.failures.length === 0 ? "pass\">PASS" : "fail\">FAIL"}</span></p>\n`;
  if (report.failures.length > 0) head += `<ul>${report.failures.map((failure) => `<li class="fail">${escapeHtml(failure)}</li>`).join("")}</ul>\n`;
  if (report.comparisons.length > 0) head += `<h2>Verdicts</h2>\n<ul>${report.comparisons.map((comparison) => `<li class="verdict">${escapeHtml(comparison.verdict.text)}</li>`).join("")}</ul>\n`;

  head += `<h2>Models</h2>\n<table><tr><th>model</th><th>role</th><th>pass rate</th><th>${Math.round(report.statistics.confidence * 100)}% CI</th><th>mean score</th><th>latency p50 / p95</th><th>cost total (p50 / p95 per row)</th><th>errors</th></tr>\n`;
  for (const model of report.models) {
    head += `<tr><td>${escapeHtml(model.label)}<br><span class="muted small">${escapeHtml(model.id)}</span></td><td>${model.role}</td><td>${model.passRate ? `${model.passed}/${model.graded} ${format.percent(model.passRate.estimate)}` : "-"}</td><td>${format.interval(model.passRate)}</td><td>${format.score(model.meanScore)}</td><td>${format.ms(model.latencyMs?.p50)} / ${format.ms(model.latencyMs?.p95)}</td><td>${model.costUsd ? `${format.usd(model.costUsd.total)} (${format.usd(model.costUsd.p50)} / ${format.usd(model.costUsd.p95)})${model.costUsd.unknown > 0 ? `, ${model.costUsd.unknown} unpriced` : ""}` : "-"}</td><td>${model.errors}</td></tr>\n`;
  }
  head += "</table>\n";
  if (report.comparisons.length > 0) {
    head += `<h2>Comparisons with the baseline</h2>\n<table><tr><th>candidate</th><th>pairs</th><th>Δ pass rate</th><th>McNemar exact p</th><th>Δ mean score (paired bootstrap)</th><th>win rate (ties ½)</th></tr>\n`;
    for (const comparison of report.comparisons) {
      head += `<tr><td>${escapeHtml(comparison.candidate)}</td><td>${comparison.pairs}</td><td>${format.delta(comparison.passRateDelta)}</td><td>${format.pValue(comparison.mcnemar?.pValue)}</td><td>${format.delta(comparison.scoreDelta)} p=${format.pValue(comparison.scoreDelta?.pValue)}</td><td>${comparison.winRate ? `${format.percent(comparison.winRate.estimate)} ${format.interval(comparison.winRate)} — ${comparison.winRate.wins} won, ${comparison.winRate.ties} tied, ${comparison.winRate.losses} lost` : "-"}</td></tr>\n`;
    }
    head += "</table>\n";
  }
  head += '<h2>Charts</h2>\n<div style="display:flex;flex-wrap:wrap;gap:24px">';
  if (report.models.some((model) => model.passRate)) head += intervalChart({ title: "Pass rate with confidence interval", bars: report.models.map((model) => ({ label: model.label, interval: model.passRate })) });
  if (report.comparisons.some((comparison) => comparison.winRate)) {
    head += intervalChart({ title: `Win rate against ${report.models[0]?.label ?? "the baseline"}`, bars: report.comparisons.map((comparison) => ({ label: comparison.candidate, interval: comparison.winRate })), reference: 0.5 });
  }
  head += groupedBarChart({ title: "Latency", unit: " ms", series: ["p50", "p95"], groups: report.models.map((model) => ({ label: model.label, values: [model.latencyMs?.p50, model.latencyMs?.p95] })) });
  head += "</div>\n";
  head += `<h2>Tests</h2>\n<p><label><input type="checkbox" id="only-differ"> only rows where the models differ</label> — candidate outputs are diffed against the baseline: <del>baseline only</del> <ins>candidate only</ins></p>\n`;
  head += `<table><tr><th>test</th>${report.models.map((model) => `<th>${escapeHtml(model.label)}${model.role === "baseline" ? " (baseline)" : ""}</th>`).join("")}</tr>\n`;
  await options.write(head);
  for await (const row of options.rows()) await options.write(renderRow(row, report.models.map((model) => model.label)));
  await options.write(`</table>\n<p class="muted small">Results file: ${escapeHtml(report.resultsFile)}. Generated by switchyard eval.</p>\n<script>${script}</script>\n</body></html>\n`);
}

function renderRow(row: TestRow, labels: readonly string[]): string {
  const baseline = row.cells.find((cell) => cell.model === labels[0]);
  const cells = labels.map((label, index) => {
    const cell = row.cells.find((item) => item.model === label);
    return `<td>${cell ? renderCell(cell, index === 0 ? undefined : (baseline?.output ?? undefined)) : ""}</td>`;
  });
  const input = `<details><summary>input</summary><pre>${escapeHtml(row.input)}</pre></details>`;
  return `<tr class="${rowDisagrees(row) ? "differs" : "same-result"}"><td>${escapeHtml(row.name)}${input}</td>${cells.join("")}</tr>\n`;
}

function renderCell(cell: CellResult, baselineOutput: string | undefined): string {
  if (cell.error !== null) return `<span class="error">ERROR</span><pre>${escapeHtml(cell.error)}</pre>`;
  const status = cell.pass === null ? "" : cell.pass ? '<span class="pass">PASS</span> ' : '<span class="fail">FAIL</span> ';
  const meta = `${status}${format.score(cell.score)} · ${format.ms(cell.latencyMs ?? undefined)}${cell.costUsd !== null ? ` · ${format.usd(cell.costUsd)}` : ""}${cell.cached ? " · cached" : ""}${cell.pairwise ? ` · pairwise ${cell.pairwise.outcome}` : ""}`;
  const output = cell.output ?? "";
  const body =
    baselineOutput === undefined
      ? escapeHtml(output)
      : wordDiff(baselineOutput, output)
          .map((part) => (part.kind === "same" ? escapeHtml(part.text) : part.kind === "added" ? `<ins>${escapeHtml(part.text)}</ins>` : `<del>${escapeHtml(part.text)}</del>`))
          .join("");
  const tools = cell.toolCalls.length > 0 ? `<pre>${cell.toolCalls.map((call) => `→ ${escapeHtml(call.name)}(${escapeHtml(call.arguments)})`).join("\n")}</pre>` : "";
  const assertions =
    cell.assertions.length > 0 || cell.pairwise
      ? `<details><summary>assertions</summary><ul>${cell.assertions.map((assertion) => `<li class="${assertion.pass ? "pass" : "fail"}">${escapeHtml(assertion.label)}: ${escapeHtml(assertion.reason)}</li>`).join("")}</ul></details>`
      : "";
  return `${meta}<pre>${body}</pre>${tools}${assertions}`;
}
