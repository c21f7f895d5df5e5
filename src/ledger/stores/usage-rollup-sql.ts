import type { AggregateQuery, UsageDimension } from "./ledger-store.js";

export const dayMs = 86_400_000;

/**
 * The daily rollup `switchyard_usage_daily`: one row per UTC day × the dimensions
 * below, kept up to date in the same transaction as each insert (counting only
 * records that were new, so a replayed spill file adds nothing). Long-range
 * usage reads it instead of the raw rows. Null labels are stored as '' because
 * both databases treat NULLs as distinct in a unique key; reads turn '' back into null.
 */
export const rollupDimensions: readonly { readonly name: UsageDimension; readonly column: string }[] = [
  { name: "alias", column: "alias" },
  { name: "family", column: "family" },
  { name: "vendor", column: "vendor" },
  { name: "licence", column: "licence" },
  { name: "key", column: "key_id" },
  { name: "provider", column: "provider" },
  { name: "model", column: "upstream_model" },
];

/** The summed measures, each with how one raw row contributes to it. */
export const rollupMeasures: readonly { readonly column: string; readonly fromRow: string }[] = [
  { column: "requests", fromRow: "1" },
  { column: "errors", fromRow: "CASE WHEN status >= 400 THEN 1 ELSE 0 END" },
  { column: "input_tokens", fromRow: "COALESCE(input_tokens, 0)" },
  { column: "output_tokens", fromRow: "COALESCE(output_tokens, 0)" },
  { column: "cached_input_tokens", fromRow: "COALESCE(cached_input_tokens, 0)" },
  { column: "cache_write_tokens", fromRow: "COALESCE(cache_write_tokens, 0)" },
  { column: "reasoning_tokens", fromRow: "COALESCE(reasoning_tokens, 0)" },
  { column: "cost_usd", fromRow: "COALESCE(cost_usd, 0)" },
  { column: "usage_unknown", fromRow: "CASE WHEN input_tokens IS NULL AND output_tokens IS NULL THEN 1 ELSE 0 END" },
  { column: "cost_unknown", fromRow: "CASE WHEN cost_usd IS NULL THEN 1 ELSE 0 END" },
];

const keyColumns = ["day_ms", ...rollupDimensions.map((dimension) => dimension.column)];

export function createRollupTableSql(dialect: "sqlite" | "postgres"): string {
  const integer = dialect === "sqlite" ? "INTEGER" : "BIGINT";
  const real = dialect === "sqlite" ? "REAL" : "DOUBLE PRECISION";
  return `CREATE TABLE IF NOT EXISTS switchyard_usage_daily (
      day_ms ${integer} NOT NULL,
      ${rollupDimensions.map((dimension) => `${dimension.column} TEXT NOT NULL DEFAULT ''`).join(",\n      ")},
      key_name TEXT,
      ${rollupMeasures.map((measure) => `${measure.column} ${measure.column === "cost_usd" ? real : integer} NOT NULL DEFAULT 0`).join(",\n      ")},
      PRIMARY KEY (${keyColumns.join(", ")}))`;
}

/** Raw rows → rollup rows: the grouping both the backfill and the PostgreSQL insert use. */
export function rollupSelectSql(from: string): string {
  return `SELECT time_ms - (time_ms % ${dayMs}) AS day_ms,
      ${rollupDimensions.map((dimension) => `COALESCE(${dimension.column}, '')`).join(", ")},
      MAX(key_name),
      ${rollupMeasures.map((measure) => `SUM(${measure.fromRow})`).join(", ")}
    FROM ${from}
    GROUP BY ${keyColumns.map((_, index) => index + 1).join(", ")}
    ORDER BY ${keyColumns.map((_, index) => index + 1).join(", ")}`;
}

/** INSERT … ON CONFLICT that adds to existing rollup rows (same syntax in SQLite ≥ 3.24 and PostgreSQL). */
export function rollupUpsertSql(source: string): string {
  const columns = [...keyColumns, "key_name", ...rollupMeasures.map((measure) => measure.column)];
  // SQLite needs a WHERE on INSERT … SELECT … ON CONFLICT to parse the upsert unambiguously.
  return `INSERT INTO switchyard_usage_daily (${columns.join(", ")})
    ${source.startsWith("SELECT") ? `SELECT * FROM (${source}) AS rollup WHERE true` : source}
    ON CONFLICT (${keyColumns.join(", ")}) DO UPDATE SET
      key_name = COALESCE(excluded.key_name, switchyard_usage_daily.key_name),
      ${rollupMeasures.map((measure) => `${measure.column} = switchyard_usage_daily.${measure.column} + excluded.${measure.column}`).join(",\n      ")}`;
}

/** The VALUES form of the upsert for one rollup row (SQLite, from a batch aggregated in the writer thread). */
export function rollupValuesUpsertSql(): string {
  const count = keyColumns.length + 1 + rollupMeasures.length;
  return rollupUpsertSql(`VALUES (${Array.from({ length: count }, () => "?").join(", ")})`);
}

const dimensionColumn = (name: UsageDimension): string => (name === "day" ? "day_ms" : (rollupDimensions.find((dimension) => dimension.name === name)?.column ?? name));

/**
 * Aggregation for a period, computed in the database. Whole UTC days come from the
 * rollup; the partial first and last day (when the bounds are not midnights) from
 * the raw rows through the time index. Both halves have the same columns, so one
 * GROUP BY over their UNION ALL answers the query.
 */
export function aggregateSql(query: AggregateQuery, placeholder: () => string): { sql: string; parameters: number[] } {
  const parameters: number[] = [];
  const bind = (value: number): string => {
    parameters.push(value);
    return placeholder();
  };
  const parts: string[] = [];
  const rawPart = (from: number | undefined, to: number | undefined): void => {
    const conditions = [from !== undefined ? `time_ms >= ${bind(from)}` : undefined, to !== undefined ? `time_ms < ${bind(to)}` : undefined].filter((condition) => condition !== undefined);
    parts.push(`SELECT time_ms - (time_ms % ${dayMs}) AS day_ms, ${rollupDimensions.map((dimension) => `COALESCE(${dimension.column}, '') AS ${dimension.column}`).join(", ")}, key_name,
        ${rollupMeasures.map((measure) => `${measure.fromRow} AS ${measure.column}`).join(", ")}
      FROM switchyard_usage${conditions.length > 0 ? ` WHERE ${conditions.join(" AND ")}` : ""}`);
  };
  const rollupPart = (from: number | undefined, to: number | undefined): void => {
    const conditions = [from !== undefined ? `day_ms >= ${bind(from)}` : undefined, to !== undefined ? `day_ms < ${bind(to)}` : undefined].filter((condition) => condition !== undefined);
    parts.push(`SELECT ${keyColumns.join(", ")}, key_name, ${rollupMeasures.map((measure) => measure.column).join(", ")}
      FROM switchyard_usage_daily${conditions.length > 0 ? ` WHERE ${conditions.join(" AND ")}` : ""}`);
  };
  const firstWholeDay = query.since === undefined ? undefined : Math.ceil(query.since / dayMs) * dayMs;
  const endOfWholeDays = query.until === undefined ? undefined : Math.floor(query.until / dayMs) * dayMs;
  if (firstWholeDay !== undefined && endOfWholeDays !== undefined && firstWholeDay >= endOfWholeDays) {
    rawPart(query.since, query.until); // within one day, or across one midnight with no whole day between
  } else {
    if (query.since !== undefined && firstWholeDay !== query.since) rawPart(query.since, firstWholeDay);
    rollupPart(firstWholeDay, endOfWholeDays);
    if (query.until !== undefined && endOfWholeDays !== query.until) rawPart(endOfWholeDays, query.until);
  }
  const groups = query.by.map(dimensionColumn);
  const select = [...groups.map((column) => `${column} AS ${column}`), "MAX(key_name) AS key_name", ...rollupMeasures.map((measure) => `SUM(${measure.column}) AS ${measure.column}`)];
  const sql = `SELECT ${select.join(", ")}
    FROM (${parts.join("\n    UNION ALL ")}) AS usage_parts
    ${groups.length > 0 ? `GROUP BY ${groups.join(", ")}` : ""}
    HAVING COUNT(*) > 0
    ${groups.length > 0 ? `ORDER BY ${groups.join(", ")}` : ""}`;
  return { sql, parameters };
}
