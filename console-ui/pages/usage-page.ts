import { html } from "htm/preact";
import type { VNode } from "preact";
import { useState } from "preact/hooks";
import { formatCount, formatMs, formatSpend } from "../format.js";
import { useData } from "../use-data.js";
import type { ExplorerRow } from "../../src/ledger/stores/console-queries-sql.js";


const pageSize = 50;
const isoDay = (offsetDays: number): string => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

export function UsagePage(): VNode {
  const [filters, setFilters] = useState({ since: isoDay(-7), until: isoDay(1), alias: "", key: "", family: "", licence: "" });
  const [draft, setDraft] = useState(filters);
  const [offset, setOffset] = useState(0);
  const query = new URLSearchParams({ ...filters, limit: String(pageSize), offset: String(offset) }).toString();
  const { data, error } = useData<{ ledger: boolean; rows: readonly ExplorerRow[]; total: number }>(`/usage?${query}`);
  const field = (name: keyof typeof draft) => (event: Event) => setDraft({ ...draft, [name]: (event.target as HTMLInputElement).value });
  const apply = (event: Event): void => {
    event.preventDefault();
    setFilters(draft);
    setOffset(0);
  };
  const csvQuery = new URLSearchParams(filters).toString();
  const total = data?.total ?? 0;
  return html`<form class="filters" onSubmit=${apply} aria-label="Usage filters">
      <label>From <input type="date" value=${draft.since} onInput=${field("since")} /></label>
      <label>Until <input type="date" value=${draft.until} onInput=${field("until")} /></label>
      <label>Route <input value=${draft.alias} onInput=${field("alias")} placeholder="any" /></label>
      <label>Key id <input value=${draft.key} onInput=${field("key")} placeholder="any" /></label>
      <label>Family <input value=${draft.family} onInput=${field("family")} placeholder="any" /></label>
      <label>Licence <input value=${draft.licence} onInput=${field("licence")} placeholder="any" /></label>
      <button type="submit">Apply</button>
      <a class="button" href=${`/ui/api/usage.csv?${csvQuery}`} download="switchyard-usage.csv">Export CSV</a>
    </form>
    ${error ? html`<p class="error" role="alert">${error}</p>` : null}
    ${data && !data.ledger ? html`<p class="notice">This gateway keeps no usage ledger.</p>` : null}
    ${data?.ledger
      ? html`<p class="hint" role="status">${formatCount(total)} groups (day × route × key × family × vendor × licence)${total > 0 ? `; showing ${offset + 1}–${Math.min(offset + pageSize, total)}` : ""}</p>
        <div class="scroll"><table class="usage">
          <thead><tr><th scope="col">day</th><th scope="col">route</th><th scope="col">key</th><th scope="col">family</th><th scope="col">vendor</th><th scope="col">licence</th><th scope="col">requests</th><th scope="col">errors</th><th scope="col">tokens in / out</th><th scope="col">avg latency</th><th scope="col">spend</th></tr></thead>
          <tbody>${data.rows.map(
            (row) => html`<tr>
              <td>${row.day}</td><td>${row.alias ?? "–"}</td><td>${row.keyName ?? row.keyId ?? "no key"}</td><td>${row.family ?? "unknown"}</td><td>${row.vendor ?? "unknown"}</td><td>${row.licence ?? "unknown"}</td>
              <td>${formatCount(row.requests)}</td><td>${formatCount(row.errors)}</td><td>${formatCount(row.inputTokens)} / ${formatCount(row.outputTokens)}</td><td>${formatMs(row.latencyAvgMs)}</td>
              <td>${formatSpend(row.costUsd, row.costUnknown, row.requests)}</td>
            </tr>`,
          )}</tbody></table></div>
        <nav class="pager" aria-label="Pages">
          <button type="button" disabled=${offset === 0} onClick=${() => setOffset(Math.max(0, offset - pageSize))}>Previous</button>
          <button type="button" disabled=${offset + pageSize >= total} onClick=${() => setOffset(offset + pageSize)}>Next</button>
        </nav>`
      : null}`;
}
