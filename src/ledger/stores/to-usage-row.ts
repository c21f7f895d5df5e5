import type { UsageRow } from "./ledger-store.js";

/** A row from either database → UsageRow. PostgreSQL returns BIGINT sums as strings, hence Number(). */
export function toUsageRow(row: Record<string, unknown>): UsageRow {
  const text = (value: unknown): string | null => (typeof value === "string" ? value : null);
  const number = (value: unknown): number => Number(value ?? 0);
  return {
    day: text(row.day) ?? "",
    alias: text(row.alias),
    family: text(row.family),
    vendor: text(row.vendor),
    licence: text(row.licence),
    requests: number(row.requests),
    errors: number(row.errors),
    inputTokens: number(row.input_tokens),
    outputTokens: number(row.output_tokens),
    cachedInputTokens: number(row.cached_input_tokens),
    reasoningTokens: number(row.reasoning_tokens),
    costUsd: number(row.cost_usd),
    usageUnknown: number(row.usage_unknown),
    costUnknown: number(row.cost_unknown),
  };
}
