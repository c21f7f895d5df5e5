import type { AggregateRow, KeyUsageRow, UsageDimension, UsageRow } from "./ledger-store.js";
import { rollupDimensions } from "./usage-rollup-sql.js";

/** A row of aggregateSql from either database → AggregateRow. PostgreSQL returns BIGINT sums as strings, hence Number(). */
export function toAggregateRow(row: Record<string, unknown>, by: readonly UsageDimension[]): AggregateRow {
  const number = (value: unknown): number => Number(value ?? 0);
  const group: { [dimension in UsageDimension]?: string | null } = {};
  for (const dimension of by) {
    if (dimension === "day") {
      group.day = new Date(number(row.day_ms)).toISOString().slice(0, 10);
      continue;
    }
    const column = rollupDimensions.find((candidate) => candidate.name === dimension)?.column ?? dimension;
    const value = row[column];
    group[dimension] = typeof value === "string" && value !== "" ? value : null;
  }
  return {
    group,
    keyName: typeof row.key_name === "string" ? row.key_name : null,
    requests: number(row.requests),
    errors: number(row.errors),
    inputTokens: number(row.input_tokens),
    outputTokens: number(row.output_tokens),
    cachedInputTokens: number(row.cached_input_tokens),
    cacheWriteTokens: number(row.cache_write_tokens),
    reasoningTokens: number(row.reasoning_tokens),
    costUsd: number(row.cost_usd),
    usageUnknown: number(row.usage_unknown),
    costUnknown: number(row.cost_unknown),
  };
}

/** The grouping of `switchyard usage`'s default table. */
export const usageTableDimensions: readonly UsageDimension[] = ["day", "alias", "family", "vendor", "licence"];

export function toUsageRow(row: AggregateRow): UsageRow {
  return {
    day: row.group.day ?? "",
    alias: row.group.alias ?? null,
    family: row.group.family ?? null,
    vendor: row.group.vendor ?? null,
    licence: row.group.licence ?? null,
    requests: row.requests,
    errors: row.errors,
    inputTokens: row.inputTokens,
    outputTokens: row.outputTokens,
    cachedInputTokens: row.cachedInputTokens,
    reasoningTokens: row.reasoningTokens,
    costUsd: row.costUsd,
    usageUnknown: row.usageUnknown,
    costUnknown: row.costUnknown,
  };
}

/** Per-key totals, highest priced spend first (ties by key id, no key last). */
export function toKeyUsageRows(rows: readonly AggregateRow[]): KeyUsageRow[] {
  return rows
    .map((row) => ({
      keyId: row.group.key ?? null,
      keyName: row.group.key === null ? null : row.keyName,
      requests: row.requests,
      errors: row.errors,
      inputTokens: row.inputTokens,
      outputTokens: row.outputTokens,
      costUsd: row.costUsd,
      costUnknown: row.costUnknown,
    }))
    .sort((a, b) => b.costUsd - a.costUsd || (a.keyId ?? "\uffff").localeCompare(b.keyId ?? "\uffff"));
}
