import type { KeyUsageRow } from "./ledger-store.js";

/**
 * Requests, tokens and spend per virtual key (`switchyard usage --by key`, spend in
 * `keys list` and `GET /admin/keys`). Requests without a key form one row with a
 * null key. Parameterised by how each database binds the time bounds.
 */
export function keyUsageSql(where: string): string {
  return `SELECT key_id, MAX(key_name) AS key_name,
      COUNT(*) AS requests,
      SUM(CASE WHEN status >= 400 THEN 1 ELSE 0 END) AS errors,
      COALESCE(SUM(input_tokens), 0) AS input_tokens,
      COALESCE(SUM(output_tokens), 0) AS output_tokens,
      COALESCE(SUM(cost_usd), 0) AS cost_usd,
      SUM(CASE WHEN cost_usd IS NULL THEN 1 ELSE 0 END) AS cost_unknown
    FROM switchyard_usage ${where}
    GROUP BY key_id
    ORDER BY cost_usd DESC, key_id`;
}

/** A row from either database → KeyUsageRow (PostgreSQL returns BIGINT sums as strings). */
export function toKeyUsageRow(row: Record<string, unknown>): KeyUsageRow {
  const number = (value: unknown): number => Number(value ?? 0);
  return {
    keyId: typeof row.key_id === "string" ? row.key_id : null,
    keyName: typeof row.key_name === "string" ? row.key_name : null,
    requests: number(row.requests),
    errors: number(row.errors),
    inputTokens: number(row.input_tokens),
    outputTokens: number(row.output_tokens),
    costUsd: number(row.cost_usd),
    costUnknown: number(row.cost_unknown),
  };
}
