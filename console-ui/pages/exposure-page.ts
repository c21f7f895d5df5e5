import { html } from "htm/preact";
import type { VNode } from "preact";
import { useState } from "preact/hooks";
import { useData } from "../use-data.js";

interface Exposure {
  readonly source: string;
  readonly total: number;
  readonly byFamily: readonly { readonly family: string; readonly critical: number; readonly high: number; readonly medium: number; readonly low: number }[];
  readonly topFiles: readonly { readonly file: string; readonly findings: number; readonly worst: string }[];
}

export function ExposurePage(): VNode {
  const { data, error, reload } = useData<{ exposure: Exposure | null }>("/exposure");
  const [uploadError, setUploadError] = useState<string | undefined>();
  const upload = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setUploadError(undefined);
    try {
      const text = await file.text();
      const response = await fetch(`/ui/api/exposure?name=${encodeURIComponent(file.name)}`, { method: "POST", headers: { "content-type": "application/json" }, body: text, credentials: "same-origin" });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
        throw new Error(body.error?.message ?? `HTTP ${response.status}`);
      }
      reload();
    } catch (caught) {
      setUploadError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      input.value = "";
    }
  };
  const exposure = data?.exposure;
  return html`<div class="toolbar">
      <label for="audit-upload">Upload an audit (<code>switchyard audit --format json</code>)</label>
      <input id="audit-upload" type="file" accept="application/json,.json" onChange=${(event: Event) => void upload(event)} />
    </div>
    ${uploadError ? html`<p class="error" role="alert">${uploadError}</p>` : null}
    ${error ? html`<p class="error" role="alert">${error}</p>` : null}
    ${data && !exposure ? html`<p class="notice">No audit yet: upload one above, or name one in the config (<code>server.ui.audit: audit.json</code>).</p>` : null}
    ${exposure
      ? html`<p class="hint">From ${exposure.source}: ${exposure.total} findings.</p>
        <div class="scroll"><table>
          <caption>Findings by family and criticality</caption>
          <thead><tr><th scope="col">family</th><th scope="col">critical</th><th scope="col">high</th><th scope="col">medium</th><th scope="col">low</th></tr></thead>
          <tbody>${exposure.byFamily.map((row) => html`<tr><th scope="row">${row.family}</th><td class=${row.critical > 0 ? "bad" : ""}>${row.critical}</td><td>${row.high}</td><td>${row.medium}</td><td>${row.low}</td></tr>`)}</tbody>
        </table></div>
        <div class="scroll"><table>
          <caption>Top files</caption>
          <thead><tr><th scope="col">file</th><th scope="col">findings</th><th scope="col">worst</th></tr></thead>
          <tbody>${exposure.topFiles.map((row) => html`<tr><th scope="row" class="wrap"><code>${row.file}</code></th><td>${row.findings}</td><td>${row.worst}</td></tr>`)}</tbody>
        </table></div>`
      : null}`;
}
