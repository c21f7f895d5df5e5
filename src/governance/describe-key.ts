import type { VirtualKey } from "./virtual-key.js";

/** The public JSON shape of a key (admin API and `keys --format json`): snake_case like the config, never the hash. */
export interface KeyDescription {
  readonly id: string;
  readonly name: string;
  readonly secret_hint: string;
  readonly models: readonly string[];
  readonly budget: { readonly usd: number; readonly period: string } | null;
  readonly rpm: number | null;
  readonly tpm: number | null;
  readonly created_at: string;
  readonly revoked_at: string | null;
}

export function describeKey(key: VirtualKey): KeyDescription {
  return {
    id: key.id,
    name: key.name,
    secret_hint: key.secretHint,
    models: key.models,
    budget: key.budget ? { usd: key.budget.usd, period: key.budget.period } : null,
    rpm: key.rpm ?? null,
    tpm: key.tpm ?? null,
    created_at: key.createdAt,
    revoked_at: key.revokedAt ?? null,
  };
}
