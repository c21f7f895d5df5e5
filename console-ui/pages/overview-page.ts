import { html } from "htm/preact";
import type { VNode } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { Chart } from "../chart.js";
import { formatCount, formatMs, formatSpend, formatTime, formatUsd } from "../format.js";
import { useData } from "../use-data.js";
import type { LiveRequestEvent as LiveRequest } from "../../src/console/console-events.js";
import type { ConsoleTotals } from "../../src/ledger/stores/console-queries-sql.js";

interface Totals extends ConsoleTotals {
  readonly name: string;
}

interface Overview {
  readonly ledger: boolean;
  readonly range: string;
  readonly bucketMs: number;
  readonly totals: Totals & { readonly p50Ms: number | null; readonly p95Ms: number | null };
  readonly buckets: readonly (Omit<Totals, "name"> & { readonly start: number; readonly p50Ms: number | null; readonly p95Ms: number | null })[];
  readonly splits: Readonly<Record<"family" | "vendor" | "licence" | "openness", readonly Totals[]>>;
}


const rangeNames = ["1h", "24h", "7d", "30d"] as const;

/** The ledger writes in batches; the aggregates are re-read this long after live traffic, once it has been flushed. */
const refetchDelayMs = 1500;

export function OverviewPage(): VNode {
  const [range, setRange] = useState<string>("24h");
  const { data, error, reload } = useData<Overview>(`/overview?range=${range}`);
  const [live, setLive] = useState<readonly LiveRequest[]>([]);
  const [connected, setConnected] = useState(false);
  const pending = useRef<number | undefined>(undefined);

  useEffect(() => {
    const source = new EventSource("/ui/api/events");
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    source.addEventListener("request", (event) => {
      const request = JSON.parse((event as MessageEvent<string>).data) as LiveRequest;
      setLive((previous) => [request, ...previous].slice(0, 20));
      if (pending.current === undefined) {
        pending.current = window.setTimeout(() => {
          pending.current = undefined;
          reload();
        }, refetchDelayMs);
      }
    });
    return () => {
      source.close();
      if (pending.current !== undefined) window.clearTimeout(pending.current);
    };
  }, [reload]);

  return html`<section aria-labelledby="overview-range-label">
    <div class="toolbar">
      <label id="overview-range-label" for="overview-range">Time range</label>
      <select id="overview-range" value=${range} onChange=${(event: Event) => setRange((event.target as HTMLSelectElement).value)}>
        ${rangeNames.map((name) => html`<option value=${name}>last ${name}</option>`)}
      </select>
      <span class=${connected ? "status ok" : "status"} role="status">${connected ? "live" : "not live (reconnecting)"}</span>
    </div>
    ${error ? html`<p class="error" role="alert">${error}</p>` : null}
    ${data && !data.ledger ? html`<p class="notice">This gateway keeps no usage ledger (<code>ledger.enabled: false</code>), so there is nothing to chart; live requests still appear below.</p>` : null}
    ${data?.ledger ? html`<${Figures} overview=${data} />` : null}
    <h2>Live requests</h2>
    ${live.length === 0
      ? html`<p class="hint">Requests appear here as the gateway answers them.</p>`
      : html`<div class="scroll"><table class="live" aria-live="polite">
          <thead><tr><th scope="col">time</th><th scope="col">route</th><th scope="col">target</th><th scope="col">status</th><th scope="col">latency</th><th scope="col">tokens in/out</th><th scope="col">spend</th></tr></thead>
          <tbody>${live.map(
            (request) => html`<tr>
              <td>${new Date(request.time).toISOString().slice(11, 19)}</td>
              <td>${request.alias ?? "–"}</td>
              <td>${request.target ?? "none"}</td>
              <td class=${request.status >= 400 ? "bad" : ""}>${request.status}</td>
              <td>${formatMs(request.latencyMs)}</td>
              <td>${request.inputTokens ?? "?"} / ${request.outputTokens ?? "?"}</td>
              <td>${request.costUsd === null ? "unknown" : formatUsd(request.costUsd)}</td>
            </tr>`,
          )}</tbody></table></div>`}
  </section>`;
}

function Figures(props: { overview: Overview }): VNode {
  const { totals, buckets, splits, bucketMs } = props.overview;
  const labels = buckets.map((bucket) => formatTime(bucket.start, bucketMs >= 6 * 3_600_000));
  return html`<dl class="cards">
      <div><dt>Requests</dt><dd>${formatCount(totals.requests)}</dd></div>
      <div><dt>Errors</dt><dd class=${totals.errors > 0 ? "bad" : ""}>${formatCount(totals.errors)}${totals.requests > 0 ? html` <small>(${((100 * totals.errors) / totals.requests).toFixed(1)}%)</small>` : null}</dd></div>
      <div><dt>p50 latency</dt><dd>${formatMs(totals.p50Ms)}</dd></div>
      <div><dt>p95 latency</dt><dd>${formatMs(totals.p95Ms)}</dd></div>
      <div><dt>Tokens in / out</dt><dd>${formatCount(totals.inputTokens)} / ${formatCount(totals.outputTokens)}</dd></div>
      <div><dt>Spend</dt><dd>${formatSpend(totals.costUsd, totals.costUnknown, totals.requests)}</dd></div>
    </dl>
    <div class="charts">
      <${Chart} title="Requests and errors" labels=${labels} format=${(value: number) => formatCount(Math.round(value))}
        series=${[
          { label: "requests", className: "s1", values: buckets.map((bucket) => bucket.requests) },
          { label: "errors", className: "s2", values: buckets.map((bucket) => bucket.errors) },
        ]} />
      <${Chart} title="Latency (p50, p95; estimated from a histogram)" labels=${labels} format=${formatMs}
        series=${[
          { label: "p50", className: "s3", values: buckets.map((bucket) => bucket.p50Ms) },
          { label: "p95", className: "s2", values: buckets.map((bucket) => bucket.p95Ms) },
        ]} />
      <${Chart} title="Tokens (in + out)" labels=${labels} format=${(value: number) => formatCount(Math.round(value))}
        series=${[{ label: "tokens", className: "s1", values: buckets.map((bucket) => bucket.inputTokens + bucket.outputTokens) }]} />
      <${Chart} title="Priced spend (USD)" labels=${labels} format=${formatUsd} emptyText="No priced requests in this range."
        series=${[{ label: "spend", className: "s3", values: buckets.map((bucket) => (bucket.requests - bucket.costUnknown > 0 ? bucket.costUsd : null)) }]} />
    </div>
    <div class="splits">
      ${(["family", "vendor", "licence", "openness"] as const).map((name) => html`<${SplitTable} name=${name} rows=${splits[name]} />`)}
    </div>`;
}

function SplitTable(props: { name: string; rows: readonly Totals[] }): VNode {
  return html`<div class="scroll"><table class="split">
    <caption>By ${props.name}</caption>
    <thead><tr><th scope="col">${props.name}</th><th scope="col">requests</th><th scope="col">errors</th><th scope="col">spend</th></tr></thead>
    <tbody>${props.rows.length === 0
      ? html`<tr><td colspan="4" class="hint">no requests in this range</td></tr>`
      : props.rows.map((row) => html`<tr><th scope="row">${row.name}</th><td>${formatCount(row.requests)}</td><td>${formatCount(row.errors)}</td><td>${formatSpend(row.costUsd, row.costUnknown, row.requests)}</td></tr>`)}</tbody>
  </table></div>`;
}
