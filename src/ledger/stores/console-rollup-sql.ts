/**
 * The fields of a usage record the rollups read: a structural subset of
 * UsageRecord, declared here so the console's browser code, which imports this
 * module's types, does not pull in the gateway's Node-only modules.
 */
export interface RollupRecord {
  readonly time: number;
  readonly alias: string | null;
  readonly keyId: string | null;
  readonly keyName: string | null;
  readonly family: string | null;
  readonly vendor: string | null;
  readonly licence: string | null;
  readonly openWeight: boolean | null;
  readonly shadow: boolean;
  readonly status: number;
  readonly inputTokens: number | null;
  readonly outputTokens: number | null;
  readonly costUsd: number | null;
  readonly latencyMs: number;
}

export const hourMs = 3_600_000;

/** Upper bounds (ms) of the latency histogram bins; the last bin is open-ended. Percentiles are interpolated within a bin. */
export const latencyBinBoundsMs: readonly number[] = [5, 10, 20, 30, 50, 75, 100, 150, 200, 300, 500, 750, 1000, 1500, 2000, 3000, 5000, 7500, 10000, 15000, 30000, 60000, 120000];

/** The histogram bin (index into {@link latencyBinBoundsMs}, or its length for the open bin) of one latency. */
export function latencyBin(latencyMs: number): number {
  const index = latencyBinBoundsMs.findIndex((bound) => latencyMs < bound);
  return index === -1 ? latencyBinBoundsMs.length : index;
}

export const dayMs = 86_400_000;

/**
 * The console's rollups, `switchyard_console_hourly` and `switchyard_console_daily`:
 * one row per UTC hour (day) × the labels the console filters and splits by, over
 * client requests only (shadow calls are left out, as the console's pages leave
 * them out). They carry what the CLI's daily rollup cannot give the console: open
 * weights as a label, the latency sum and a fixed latency histogram, so p50/p95
 * of a range come from bin counts instead of raw rows. Two grains so a month is
 * 30 day rows per label combination and a range's ragged edges are whole hours.
 * Like the daily rollup they are updated in the insert's transaction with only the
 * records that were new, so a replayed spill file adds nothing. Null labels are
 * stored as '' (open weights: -1) because both databases treat NULLs as distinct
 * in a unique key; reads turn them back. `time_ms` is the hour's (day's) start.
 */
export interface ConsoleRollup {
  readonly table: string;
  readonly grainMs: number;
}

/** Coarsest first: a range is covered by whole days, then whole hours, then raw rows. */
export const consoleRollups: readonly ConsoleRollup[] = [
  { table: "switchyard_console_daily", grainMs: dayMs },
  { table: "switchyard_console_hourly", grainMs: hourMs },
];

export const rollupLabels: readonly { readonly column: string; readonly fromRow: string; readonly fromRecord: (record: RollupRecord) => string | number }[] = [
  { column: "alias", fromRow: "COALESCE(alias, '')", fromRecord: (r) => r.alias ?? "" },
  { column: "key_id", fromRow: "COALESCE(key_id, '')", fromRecord: (r) => r.keyId ?? "" },
  { column: "family", fromRow: "COALESCE(family, '')", fromRecord: (r) => r.family ?? "" },
  { column: "vendor", fromRow: "COALESCE(vendor, '')", fromRecord: (r) => r.vendor ?? "" },
  { column: "licence", fromRow: "COALESCE(licence, '')", fromRecord: (r) => r.licence ?? "" },
  { column: "open_weight", fromRow: "COALESCE(open_weight, -1)", fromRecord: (r) => (r.openWeight === null ? -1 : r.openWeight ? 1 : 0) },
];

export const latencyBinColumns: readonly string[] = Array.from({ length: latencyBinBoundsMs.length + 1 }, (_, index) => `latency_bin_${index}`);

/** The summed measures: how one raw row contributes (SQL), and how one record does (the SQLite writer sums a batch itself). */
export const rollupMeasures: readonly { readonly column: string; readonly real?: true; readonly fromRow: string; readonly fromRecord: (record: RollupRecord) => number }[] = [
  { column: "requests", fromRow: "1", fromRecord: () => 1 },
  { column: "errors", fromRow: "CASE WHEN status >= 400 THEN 1 ELSE 0 END", fromRecord: (r) => (r.status >= 400 ? 1 : 0) },
  { column: "input_tokens", fromRow: "COALESCE(input_tokens, 0)", fromRecord: (r) => r.inputTokens ?? 0 },
  { column: "output_tokens", fromRow: "COALESCE(output_tokens, 0)", fromRecord: (r) => r.outputTokens ?? 0 },
  { column: "cost_usd", real: true, fromRow: "COALESCE(cost_usd, 0)", fromRecord: (r) => r.costUsd ?? 0 },
  { column: "cost_unknown", fromRow: "CASE WHEN cost_usd IS NULL THEN 1 ELSE 0 END", fromRecord: (r) => (r.costUsd === null ? 1 : 0) },
  { column: "usage_unknown", fromRow: "CASE WHEN input_tokens IS NULL AND output_tokens IS NULL THEN 1 ELSE 0 END", fromRecord: (r) => (r.inputTokens === null && r.outputTokens === null ? 1 : 0) },
  { column: "latency_sum_ms", real: true, fromRow: "latency_ms", fromRecord: (r) => r.latencyMs },
  ...latencyBinColumns.map((column, index) => ({
    column,
    fromRow: `CASE WHEN ${[index > 0 ? `latency_ms >= ${latencyBinBoundsMs[index - 1]}` : undefined, index < latencyBinBoundsMs.length ? `latency_ms < ${latencyBinBoundsMs[index]}` : undefined].filter(Boolean).join(" AND ")} THEN 1 ELSE 0 END`,
    fromRecord: (r: RollupRecord) => (latencyBin(r.latencyMs) === index ? 1 : 0),
  })),
];

const keyColumns = ["time_ms", ...rollupLabels.map((label) => label.column)];
const allColumns = [...keyColumns, "key_name", ...rollupMeasures.map((measure) => measure.column)];

/**
 * Counts are INTEGER even in PostgreSQL (a row is one hour or day of one label
 * combination, far below 2^31): PostgreSQL sums INTEGER into BIGINT, but BIGINT
 * into NUMERIC, which made the histogram several times slower to sum. In SQLite
 * the table is WITHOUT ROWID: rows are stored in key order, so a time range is
 * one sequential read instead of an index walk plus a lookup per row.
 */
export function createConsoleRollupTableSql(dialect: "sqlite" | "postgres", rollup: ConsoleRollup): string {
  const integer = dialect === "sqlite" ? "INTEGER" : "BIGINT";
  const real = dialect === "sqlite" ? "REAL" : "DOUBLE PRECISION";
  return `CREATE TABLE IF NOT EXISTS ${rollup.table} (
      time_ms ${integer} NOT NULL,
      ${rollupLabels.map((label) => (label.column === "open_weight" ? "open_weight INTEGER NOT NULL DEFAULT -1" : `${label.column} TEXT NOT NULL DEFAULT ''`)).join(",\n      ")},
      key_name TEXT,
      ${rollupMeasures.map((measure) => `${measure.column} ${measure.real ? real : measure.column.endsWith("_tokens") ? integer : "INTEGER"} NOT NULL DEFAULT 0`).join(",\n      ")},
      PRIMARY KEY (${keyColumns.join(", ")}))${dialect === "sqlite" ? " WITHOUT ROWID" : ""}`;
}

/**
 * Raw rows in the rollups' shape, one per raw row (not grouped): the console's
 * queries union this with the rollups for the partial hours at a range's edges.
 * `where` must include the time bounds.
 */
export function rawAsRollupSql(where: string): string {
  return `SELECT time_ms, ${rollupLabels.map((label) => `${label.fromRow} AS ${label.column}`).join(", ")}, key_name,
      ${rollupMeasures.map((measure) => `${measure.fromRow} AS ${measure.column}`).join(", ")}
    FROM switchyard_usage WHERE shadow = 0 AND ${where}`;
}

/** One rollup's rows in the same shape as {@link rawAsRollupSql}. */
export function rollupPartSql(rollup: ConsoleRollup, where: string): string {
  return `SELECT ${allColumns.join(", ")} FROM ${rollup.table} WHERE ${where}`;
}

/** Grouped rollup rows from the raw rows of `from` (the backfill, and PostgreSQL's insert of a batch). */
export function consoleRollupSelectSql(rollup: ConsoleRollup, from: string): string {
  return `SELECT time_ms - (time_ms % ${rollup.grainMs}) AS time_ms, ${rollupLabels.map((label) => label.fromRow).join(", ")}, MAX(key_name),
      ${rollupMeasures.map((measure) => `SUM(${measure.fromRow})`).join(", ")}
    FROM ${from} WHERE shadow = 0
    GROUP BY ${keyColumns.map((_, index) => index + 1).join(", ")}`;
}

/** INSERT … ON CONFLICT that adds to existing rows (same syntax in SQLite ≥ 3.24 and PostgreSQL). */
export function consoleRollupUpsertSql(rollup: ConsoleRollup, source: string): string {
  const table = rollup.table;
  // SQLite needs a WHERE on INSERT … SELECT … ON CONFLICT to parse the upsert unambiguously.
  return `INSERT INTO ${table} (${allColumns.join(", ")})
    ${source.startsWith("SELECT") ? `SELECT * FROM (${source}) AS grouped WHERE true` : source}
    ON CONFLICT (${keyColumns.join(", ")}) DO UPDATE SET
      key_name = COALESCE(excluded.key_name, ${table}.key_name),
      ${rollupMeasures.map((measure) => `${measure.column} = ${table}.${measure.column} + excluded.${measure.column}`).join(",\n      ")}`;
}

export function consoleRollupValuesUpsertSql(rollup: ConsoleRollup): string {
  return consoleRollupUpsertSql(rollup, `VALUES (${allColumns.map(() => "?").join(", ")})`);
}

/** A batch's newly inserted client records, summed per rollup row, in {@link consoleRollupValuesUpsertSql}'s column order. */
export function consoleRollupRows(rollup: ConsoleRollup, records: readonly RollupRecord[]): (string | number | null)[][] {
  const rows = new Map<string, (string | number | null)[]>();
  const first = keyColumns.length + 1;
  for (const record of records) {
    if (record.shadow) continue;
    const key = [record.time - (record.time % rollup.grainMs), ...rollupLabels.map((label) => label.fromRecord(record))];
    const id = JSON.stringify(key);
    let row = rows.get(id);
    if (!row) {
      row = [...key, null, ...rollupMeasures.map(() => 0)];
      rows.set(id, row);
    }
    const name = row[keyColumns.length] as string | null;
    if (record.keyName !== null && (name === null || record.keyName > name)) row[keyColumns.length] = record.keyName;
    rollupMeasures.forEach((measure, index) => (row[first + index] = (row[first + index] as number) + measure.fromRecord(record)));
  }
  return [...rows.values()];
}
