import { html } from "htm/preact";
import type { VNode } from "preact";
import { formatMs } from "../format.js";
import { useData } from "../use-data.js";

interface TargetState {
  readonly target: string;
  readonly weight: number;
  readonly state: "closed" | "open" | "half-open";
  readonly consecutiveFailures: number;
  readonly successes: number;
  readonly failures: number;
  readonly lastError: string | null;
  readonly retryAt: string | null;
  readonly latencyEwmaMs: number | null;
}

interface RouteState {
  readonly alias: string;
  readonly strategy: string;
  readonly breaker: { readonly failures: number; readonly cooldownMs: number };
  readonly targets: readonly TargetState[];
  readonly shadows: readonly { readonly target: string; readonly sample: number }[];
  readonly recentErrors: readonly { readonly time: string; readonly provider: string | null; readonly model: string | null; readonly status: number; readonly errorCode: string | null }[];
}

/** What each breaker state means for traffic, said next to the state. */
const stateText: Readonly<Record<TargetState["state"], string>> = {
  closed: "closed: taking traffic",
  open: "open: ejected",
  "half-open": "half-open: probing",
};

export function RoutesPage(): VNode {
  const { data, error } = useData<{ configSource: string; routes: readonly RouteState[] }>("/routes", 2000);
  if (error) return html`<p class="error" role="alert">${error}</p>`;
  if (!data) return html`<p class="loading">Loading…</p>`;
  if (data.routes.length === 0) return html`<p class="notice">No routes configured (${data.configSource}). Add aliases under <code>models:</code>.</p>`;
  return html`<p class="hint">Config: ${data.configSource}. Refreshed every 2 s.</p>
    ${data.routes.map(
      (route) => html`<section class="route" aria-labelledby=${`route-${route.alias}`}>
        <h2 id=${`route-${route.alias}`}>${route.alias} <small>${route.strategy}; breaker opens after ${route.breaker.failures} failures, probes after ${formatMs(route.breaker.cooldownMs)}</small></h2>
        <div class="scroll"><table>
          <thead><tr><th scope="col">target</th><th scope="col">weight</th><th scope="col">breaker</th><th scope="col">EWMA latency</th><th scope="col">ok / failed</th><th scope="col">last error</th></tr></thead>
          <tbody>${route.targets.map(
            (target) => html`<tr data-target=${target.target}>
              <th scope="row">${target.target}</th>
              <td>${target.weight}</td>
              <td><span class=${`badge ${target.state}`}>${stateText[target.state]}</span>${target.retryAt ? html`<br /><small>probe at ${target.retryAt.slice(11, 19)}</small>` : null}</td>
              <td>${formatMs(target.latencyEwmaMs)}</td>
              <td>${target.successes} / ${target.failures}</td>
              <td class="wrap">${target.lastError ?? "–"}</td>
            </tr>`,
          )}</tbody>
        </table></div>
        ${route.shadows.length > 0
          ? html`<p><strong>Shadows:</strong> ${route.shadows.map((shadow) => html`<span class="pill">${shadow.target} · ${(shadow.sample * 100).toFixed(shadow.sample < 0.01 ? 1 : 0)}% sampled</span> `)}</p>`
          : null}
        ${route.recentErrors.length > 0
          ? html`<details><summary>Recent errors (${route.recentErrors.length}, last 24 h)</summary><ul class="errors">${route.recentErrors.map(
              (failure) => html`<li>${failure.time.slice(0, 19).replace("T", " ")} · ${failure.provider ?? "no target"}${failure.model ? `/${failure.model}` : ""} · ${failure.status} ${failure.errorCode ?? ""}</li>`,
            )}</ul></details>`
          : html`<p class="hint">No failed requests in the last 24 h.</p>`}
      </section>`,
    )}`;
}
