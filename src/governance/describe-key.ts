import type { KeySpend } from "./key-spend.js";
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
  /** USD spent to date (ledger); null when spend is not known here (ledger off, or not read). */
  readonly spend_usd: number | null;
  /** USD spent in the budget's current period; null without a budget or when spend is not known. */
  readonly period_spend_usd: number | null;
}

export function describeKey(key: VirtualKey, spend?: KeySpend): KeyDescription {
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
    spend_usd: spend === undefined ? null : roundUsd(spend.totalUsd),
    period_spend_usd: spend?.periodUsd === undefined ? null : roundUsd(spend.periodUsd),
  };
}

/** Sums of floating-point costs drift (0.30000000000000004); a micro-dollar is finer than any price. */
function roundUsd(amount: number): number {
  return Math.round(amount * 1e9) / 1e9;
}
