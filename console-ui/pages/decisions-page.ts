import { html } from "htm/preact";
import type { VNode } from "preact";
import { useData } from "../use-data.js";
import type { ConsoleDecision as Decision } from "../../src/console/console-sources.js";


interface Watch {
  readonly snapshotAt: string | null;
  readonly events: readonly { readonly type: string; readonly vendor: string; readonly model: string; readonly detail: string }[];
  readonly vendors: readonly { readonly vendor: string; readonly latestOpen: string | null; readonly latestOpenDate: string | null; readonly latestProprietary: string | null; readonly latestProprietaryDate: string | null; readonly gapDays: number | null }[];
  readonly triggers: readonly { readonly vendor: string; readonly rule: string; readonly message: string }[];
}

export function DecisionsPage(props: { selected?: string }): VNode {
  const decisions = useData<{ directory: string; decisions: readonly Decision[] }>("/decisions");
  const watch = useData<Watch>("/watch");
  return html`${props.selected ? html`<${DecisionDetail} id=${props.selected} />` : null}
    <h2>Decisions</h2>
    ${decisions.error ? html`<p class="error" role="alert">${decisions.error}</p>` : null}
    ${decisions.data && decisions.data.decisions.length === 0 ? html`<p class="hint">No decision records in ${decisions.data.directory}. Start one with <code>switchyard decide new TITLE --family F</code>.</p>` : null}
    ${decisions.data && decisions.data.decisions.length > 0
      ? html`<div class="scroll"><table class="decisions">
          <thead><tr><th scope="col">decision</th><th scope="col">status</th><th scope="col">owner</th><th scope="col">family</th><th scope="col">deadline</th><th scope="col">triggers</th></tr></thead>
          <tbody>${decisions.data.decisions.map(
            (decision) => html`<tr class=${decision.overdue ? "overdue" : ""}>
              <th scope="row"><a href=${`#/decisions/${encodeURIComponent(decision.id)}`}>${decision.title}</a></th>
              <td>${decision.status}</td><td>${decision.owner ?? "no owner"}</td><td>${decision.family ?? "–"}</td>
              <td>${decision.deadline ?? "none"}${decision.daysLeft === null ? "" : decision.overdue ? html` <span class="badge open">${-decision.daysLeft} days overdue</span>` : ` (${decision.daysLeft} days left)`}</td>
              <td>${decision.triggers.length === 0 ? "–" : html`<span class="badge open">${decision.triggers.join("; ")}</span>`}</td>
            </tr>`,
          )}</tbody></table></div>`
      : null}
    <h2>Open versus proprietary, per vendor</h2>
    ${watch.error ? html`<p class="error" role="alert">${watch.error}</p>` : null}
    ${watch.data
      ? html`<p class="hint">${watch.data.snapshotAt ? `Watch snapshot of ${watch.data.snapshotAt.slice(0, 16).replace("T", " ")}.` : "No watch snapshot recorded yet: run `switchyard watch`."}</p>
        ${watch.data.triggers.map((trigger) => html`<p class="notice" role="note"><strong>${trigger.vendor}:</strong> ${trigger.message}</p>`)}
        ${watch.data.vendors.length > 0
          ? html`<div class="scroll"><table>
              <thead><tr><th scope="col">vendor</th><th scope="col">latest open</th><th scope="col">latest proprietary</th><th scope="col">gap</th></tr></thead>
              <tbody>${watch.data.vendors.map(
                (vendor) => html`<tr><th scope="row">${vendor.vendor}</th>
                  <td>${vendor.latestOpen ?? "none"}${vendor.latestOpenDate ? html` <small>${vendor.latestOpenDate}</small>` : null}</td>
                  <td>${vendor.latestProprietary ?? "none"}${vendor.latestProprietaryDate ? html` <small>${vendor.latestProprietaryDate}</small>` : null}</td>
                  <td>${vendor.gapDays === null ? "–" : vendor.gapDays <= 0 ? "open is current" : `open trails by ${vendor.gapDays} days`}</td></tr>`,
              )}</tbody></table></div>`
          : null}
        <h2>Watch events</h2>
        ${watch.data.events.length === 0
          ? html`<p class="hint">No changes between the last two snapshots.</p>`
          : html`<ul class="events">${watch.data.events.map((event) => html`<li><span class="pill">${event.type}</span> <strong>${event.vendor}</strong> ${event.model}: ${event.detail}</li>`)}</ul>`}`
      : null}`;
}

function DecisionDetail(props: { id: string }): VNode {
  const { data, error } = useData<Decision & { options: readonly string[]; markdown: string }>(`/decisions/${encodeURIComponent(props.id)}`);
  if (error) return html`<p class="error" role="alert">${error}</p>`;
  if (!data) return html`<p class="loading">Loading…</p>`;
  return html`<article class="decision" aria-labelledby="decision-title">
    <h2 id="decision-title">${data.title}</h2>
    <dl class="facts">
      <dt>Status</dt><dd>${data.status}</dd>
      <dt>Owner</dt><dd>${data.owner ?? "no owner"}</dd>
      <dt>Deadline</dt><dd>${data.deadline ?? "none"}${data.daysLeft === null ? "" : data.overdue ? ` (${-data.daysLeft} days overdue)` : ` (${data.daysLeft} days left)`}</dd>
      <dt>Options</dt><dd>${data.options.length === 0 ? "–" : data.options.join(", ")}</dd>
    </dl>
    <pre class="markdown">${data.markdown}</pre>
    <p><a href="#/decisions">Back to all decisions</a></p>
  </article>`;
}
