import type { UsageRecord } from "../usage-record.js";

/**
 * The usage table's columns, in one place for both stores: name, SQL types for
 * SQLite and PostgreSQL, and how a record fills it. Adding a field is one line here
 * plus a migration.
 */
interface Column {
  readonly name: string;
  readonly sqlite: string;
  readonly postgres: string;
  readonly value: (record: UsageRecord) => string | number | boolean | null;
}

const flag = (value: boolean | null): number | null => (value === null ? null : value ? 1 : 0);

export const ledgerColumns: readonly Column[] = [
  { name: "request_id", sqlite: "TEXT NOT NULL UNIQUE", postgres: "TEXT NOT NULL UNIQUE", value: (r) => r.requestId },
  { name: "time_ms", sqlite: "INTEGER NOT NULL", postgres: "BIGINT NOT NULL", value: (r) => r.time },
  { name: "key_id", sqlite: "TEXT", postgres: "TEXT", value: (r) => r.keyId },
  { name: "key_name", sqlite: "TEXT", postgres: "TEXT", value: (r) => r.keyName },
  { name: "alias", sqlite: "TEXT", postgres: "TEXT", value: (r) => r.alias },
  { name: "provider", sqlite: "TEXT", postgres: "TEXT", value: (r) => r.provider },
  { name: "upstream_model", sqlite: "TEXT", postgres: "TEXT", value: (r) => r.upstreamModel },
  { name: "catalog_model", sqlite: "TEXT", postgres: "TEXT", value: (r) => r.catalogModel },
  { name: "family", sqlite: "TEXT", postgres: "TEXT", value: (r) => r.family },
  { name: "vendor", sqlite: "TEXT", postgres: "TEXT", value: (r) => r.vendor },
  { name: "licence", sqlite: "TEXT", postgres: "TEXT", value: (r) => r.licence },
  { name: "open_weight", sqlite: "INTEGER", postgres: "SMALLINT", value: (r) => flag(r.openWeight) },
  { name: "status", sqlite: "INTEGER NOT NULL", postgres: "INTEGER NOT NULL", value: (r) => r.status },
  { name: "error_code", sqlite: "TEXT", postgres: "TEXT", value: (r) => r.errorCode },
  { name: "stream", sqlite: "INTEGER NOT NULL", postgres: "SMALLINT NOT NULL", value: (r) => flag(r.stream) },
  { name: "cache_hit", sqlite: "INTEGER NOT NULL", postgres: "SMALLINT NOT NULL", value: (r) => flag(r.cacheHit) },
  { name: "shadow", sqlite: "INTEGER NOT NULL", postgres: "SMALLINT NOT NULL", value: (r) => flag(r.shadow) },
  { name: "client_disconnected", sqlite: "INTEGER NOT NULL", postgres: "SMALLINT NOT NULL", value: (r) => flag(r.clientDisconnected) },
  { name: "input_tokens", sqlite: "INTEGER", postgres: "BIGINT", value: (r) => r.inputTokens },
  { name: "output_tokens", sqlite: "INTEGER", postgres: "BIGINT", value: (r) => r.outputTokens },
  { name: "cached_input_tokens", sqlite: "INTEGER", postgres: "BIGINT", value: (r) => r.cachedInputTokens },
  { name: "cache_write_tokens", sqlite: "INTEGER", postgres: "BIGINT", value: (r) => r.cacheWriteTokens },
  { name: "reasoning_tokens", sqlite: "INTEGER", postgres: "BIGINT", value: (r) => r.reasoningTokens },
  { name: "cost_usd", sqlite: "REAL", postgres: "DOUBLE PRECISION", value: (r) => r.costUsd },
  { name: "latency_ms", sqlite: "REAL NOT NULL", postgres: "DOUBLE PRECISION NOT NULL", value: (r) => r.latencyMs },
  { name: "first_token_ms", sqlite: "REAL", postgres: "DOUBLE PRECISION", value: (r) => r.firstTokenMs },
  { name: "finish_reason", sqlite: "TEXT", postgres: "TEXT", value: (r) => r.finishReason },
  { name: "attempts", sqlite: "TEXT NOT NULL", postgres: "JSONB NOT NULL", value: (r) => JSON.stringify(r.attempts) },
  { name: "warnings", sqlite: "TEXT NOT NULL", postgres: "JSONB NOT NULL", value: (r) => JSON.stringify(r.warnings) },
];

/**
 * The aggregation both stores run for `switchyard usage`, parameterised by how
 * each dialect turns epoch ms into a day and binds parameters.
 */
export function usageAggregateSql(options: { dayExpression: string; where: string }): string {
  return `SELECT ${options.dayExpression} AS day, alias, family, vendor, licence,
      COUNT(*) AS requests,
      SUM(CASE WHEN status >= 400 THEN 1 ELSE 0 END) AS errors,
      COALESCE(SUM(input_tokens), 0) AS input_tokens,
      COALESCE(SUM(output_tokens), 0) AS output_tokens,
      COALESCE(SUM(cached_input_tokens), 0) AS cached_input_tokens,
      COALESCE(SUM(reasoning_tokens), 0) AS reasoning_tokens,
      COALESCE(SUM(cost_usd), 0) AS cost_usd,
      SUM(CASE WHEN input_tokens IS NULL AND output_tokens IS NULL THEN 1 ELSE 0 END) AS usage_unknown,
      SUM(CASE WHEN cost_usd IS NULL THEN 1 ELSE 0 END) AS cost_unknown
    FROM switchyard_usage ${options.where}
    GROUP BY 1, alias, family, vendor, licence
    ORDER BY 1, alias, family, vendor, licence`;
}
