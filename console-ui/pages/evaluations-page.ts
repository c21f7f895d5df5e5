import { html } from "htm/preact";
import type { VNode } from "preact";
import { formatMs } from "../format.js";
import { useData } from "../use-data.js";

interface Evaluations {
  readonly searched: readonly string[];
  readonly problems: readonly string[];
  readonly runs: readonly { readonly id: string; readonly suite: string; readonly time: string; readonly candidate: string; readonly baseline: string; readonly pairs: number; readonly verdict: string; readonly detail: string; readonly source: string; readonly reportUrl: string | null }[];
  readonly shadows: readonly { readonly route: string; readonly primary: string; readonly shadow: string; readonly pairs: number; readonly shadowErrors: number; readonly primaryLatencyMs: number | null; readonly shadowLatencyMs: number | null; readonly agreement: number | null }[];
}

export function EvaluationsPage(): VNode {
  const { data, error } = useData<Evaluations>("/evaluations");
  if (error) return html`<p class="error" role="alert">${error}</p>`;
  if (!data) return html`<p class="loading">Loading…</p>`;
  return html`<h2>Eval runs</h2>
    ${data.problems.map((problem) => html`<p class="error" role="alert">${problem}</p>`)}
    ${data.runs.length === 0
      ? html`<p class="hint">No eval results in ${data.searched.join(", ") || "(nowhere configured)"}. Save runs with <code>switchyard eval SUITE --format json --output .switchyard/evals/NAME.json</code> (and <code>--format html</code> to <code>NAME.html</code> beside it for the report link), or list files in <code>decisions.evals</code>.</p>`
      : html`<div class="scroll"><table>
          <thead><tr><th scope="col">suite</th><th scope="col">started</th><th scope="col">candidate vs baseline</th><th scope="col">pairs</th><th scope="col">verdict</th><th scope="col">report</th></tr></thead>
          <tbody>${data.runs.map(
            (run) => html`<tr><th scope="row">${run.suite}</th><td>${run.time}</td><td>${run.candidate} vs ${run.baseline}</td><td>${run.pairs}</td>
              <td><span class=${`badge ${run.verdict === "significantly-worse" ? "open" : run.verdict === "superior" || run.verdict === "non-inferior" ? "closed" : "half-open"}`}>${run.verdict}</span><br /><small>${run.detail}</small></td>
              <td>${run.reportUrl ? html`<a href=${run.reportUrl} target="_blank" rel="noopener">HTML report</a>` : html`<small>no HTML beside ${run.source}</small>`}</td></tr>`,
          )}</tbody></table></div>`}
    <h2>Shadow comparisons</h2>
    ${data.shadows.length === 0
      ? html`<p class="hint">No shadow traffic recorded. Add <code>shadow:</code> targets to a route.</p>`
      : html`<div class="scroll"><table>
          <thead><tr><th scope="col">route</th><th scope="col">primary</th><th scope="col">shadow</th><th scope="col">pairs</th><th scope="col">shadow errors</th><th scope="col">latency primary / shadow</th><th scope="col">identical answers</th></tr></thead>
          <tbody>${data.shadows.map(
            (shadow) => html`<tr><th scope="row">${shadow.route}</th><td>${shadow.primary}</td><td>${shadow.shadow}</td><td>${shadow.pairs}</td><td>${shadow.shadowErrors}</td>
              <td>${formatMs(shadow.primaryLatencyMs)} / ${formatMs(shadow.shadowLatencyMs)}</td><td>${shadow.agreement === null ? "not captured" : `${(shadow.agreement * 100).toFixed(0)}%`}</td></tr>`,
          )}</tbody></table></div>
        <p class="hint">For a verdict on shadow pairs, run <code>switchyard eval --from-shadow ROUTE</code>; its HTML report then appears above.</p>`}`;
}
