import { html } from "htm/preact";
import type { VNode } from "preact";
import { useState } from "preact/hooks";
import { api } from "../api.js";
import { formatUsd } from "../format.js";
import { useData } from "../use-data.js";
import type { KeyDescription } from "../../src/governance/describe-key.js";


export function KeysPage(): VNode {
  const { data, error, reload } = useData<{ keys: readonly KeyDescription[] }>("/keys");
  const [created, setCreated] = useState<{ name: string; secret: string; warning?: string } | undefined>();
  const [formError, setFormError] = useState<string | undefined>();
  const [form, setForm] = useState({ name: "", models: "", budget: "", rpm: "", tpm: "" });
  const field = (name: keyof typeof form) => (event: Event) => setForm({ ...form, [name]: (event.target as HTMLInputElement).value });

  const create = async (event: Event): Promise<void> => {
    event.preventDefault();
    setFormError(undefined);
    const body: Record<string, unknown> = { name: form.name.trim() };
    if (form.models.trim()) body.models = form.models.trim();
    if (form.budget.trim()) body.budget = form.budget.trim();
    if (form.rpm.trim()) body.rpm = Number(form.rpm);
    if (form.tpm.trim()) body.tpm = Number(form.tpm);
    try {
      const answer = await api<KeyDescription & { secret: string; warning?: string }>("/keys", { method: "POST", body });
      setCreated({ name: answer.name, secret: answer.secret, warning: answer.warning });
      setForm({ name: "", models: "", budget: "", rpm: "", tpm: "" });
      reload();
    } catch (caught) {
      setFormError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  const revoke = async (key: KeyDescription): Promise<void> => {
    if (!window.confirm(`Revoke key "${key.name}" (${key.secret_hint})? Clients using it are refused from now on.`)) return;
    try {
      await api(`/keys/${encodeURIComponent(key.id)}`, { method: "DELETE" });
      reload();
    } catch (caught) {
      setFormError(caught instanceof Error ? caught.message : String(caught));
    }
  };

  return html`${created
      ? html`<section class="secret" role="alert" aria-labelledby="secret-title">
          <h2 id="secret-title">Key "${created.name}" created</h2>
          <p>Copy the secret now: it is shown this once and kept nowhere.</p>
          <p><label for="new-secret">Secret</label> <input id="new-secret" readonly value=${created.secret} size="48" onFocus=${(event: Event) => (event.target as HTMLInputElement).select()} /></p>
          ${created.warning ? html`<p class="hint">${created.warning}</p>` : null}
          <button type="button" onClick=${() => setCreated(undefined)}>I have copied it</button>
        </section>`
      : null}
    <form class="create-key" onSubmit=${(event: Event) => void create(event)} aria-labelledby="create-key-title">
      <h2 id="create-key-title">Create a key</h2>
      <div class="fields">
        <label>Name <input name="name" required value=${form.name} onInput=${field("name")} /></label>
        <label>Models <input name="models" placeholder="all; or alias,alias" value=${form.models} onInput=${field("models")} /></label>
        <label>Budget <input name="budget" placeholder="none; or 50/month" value=${form.budget} onInput=${field("budget")} /></label>
        <label>Requests/min <input name="rpm" inputmode="numeric" value=${form.rpm} onInput=${field("rpm")} /></label>
        <label>Tokens/min <input name="tpm" inputmode="numeric" value=${form.tpm} onInput=${field("tpm")} /></label>
      </div>
      ${formError ? html`<p class="error" role="alert">${formError}</p>` : null}
      <button type="submit">Create key</button>
    </form>
    <h2>Keys</h2>
    ${error ? html`<p class="error" role="alert">${error}</p>` : null}
    ${data && data.keys.length === 0 ? html`<p class="hint">No virtual keys yet.</p>` : null}
    ${data && data.keys.length > 0
      ? html`<div class="scroll"><table class="keys">
          <thead><tr><th scope="col">name</th><th scope="col">secret</th><th scope="col">scope</th><th scope="col">limits</th><th scope="col">spend to date</th><th scope="col">created</th><th scope="col">state</th></tr></thead>
          <tbody>${data.keys.map(
            (key) => html`<tr data-key=${key.name}>
              <th scope="row">${key.name}</th>
              <td><code>${key.secret_hint}</code></td>
              <td>${key.models.length === 0 ? "all models" : key.models.join(", ")}</td>
              <td>${[key.budget ? `${formatUsd(key.budget.usd)}/${key.budget.period}` : null, key.rpm ? `${key.rpm} rpm` : null, key.tpm ? `${key.tpm} tpm` : null].filter(Boolean).join(", ") || "none"}</td>
              <td>${key.spend_usd === null ? "unknown" : formatUsd(key.spend_usd)}${key.budget && key.period_spend_usd !== null ? html`<br /><small>${formatUsd(key.period_spend_usd)} this ${key.budget.period}</small>` : null}</td>
              <td>${key.created_at.slice(0, 10)}</td>
              <td>${key.revoked_at ? html`<span class="badge open">revoked ${key.revoked_at.slice(0, 10)}</span>` : html`<button type="button" class="danger" aria-label=${`Revoke key ${key.name}`} onClick=${() => void revoke(key)}>Revoke</button>`}</td>
            </tr>`,
          )}</tbody></table></div>`
      : null}`;
}
