/**
 * The web console's aggregated reads of the usage table, written once for both
 * stores (SQLite and PostgreSQL differ here only in how parameters are spelled).
 * Every query is bounded by time (the `time_ms` index) and aggregated in the
 * database; pages of raw rows are never shipped to the browser.
 */

/** Upper bounds (ms) of the latency histogram bins; the last bin is open-ended. Percentiles are interpolated within a bin. */
export const latencyBinBoundsMs: readonly number[] = [5, 10, 20, 30, 50, 75, 100, 150, 200, 300, 500, 750, 1000, 1500, 2000, 3000, 5000, 7500, 10000, 15000, 30000, 60000, 120000];

export interface ConsoleTimeQuery {
  /** Inclusive, epoch ms. */
  readonly since: number;
  /** Exclusive, epoch ms. */
  readonly until: number;
  /** Bucket width in ms (a positive integer). */
  readonly bucketMs: number;
}

/** Sums per time bucket × family × vendor × licence × openness. Unknown spend is counted, never summed as 0. */
export interface ConsoleSeriesRow {
  readonly bucket: number;
  readonly family: string | null;
  readonly vendor: string | null;
  readonly licence: string | null;
  readonly openWeight: boolean | null;
  readonly requests: number;
  readonly errors: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  /** Sum over priced requests only. */
  readonly costUsd: number;
  /** Requests that could not be priced. */
  readonly costUnknown: number;
  /** Requests whose token usage was not reported. */
  readonly usageUnknown: number;
}

/** How many requests of a time bucket fell in latency bin `bin` (index into {@link latencyBinBoundsMs}, or its length for the open bin). */
export interface ConsoleLatencyRow {
  readonly bucket: number;
  readonly bin: number;
  readonly count: number;
}

export interface ExplorerQuery {
  readonly since: number;
  readonly until: number;
  readonly alias?: string;
  readonly keyId?: string;
  readonly family?: string;
  readonly licence?: string;
  readonly limit: number;
  readonly offset: number;
}

/** One row of the usage explorer: day × alias × key × family × vendor × licence. */
export interface ExplorerRow {
  readonly day: string;
  readonly alias: string | null;
  readonly keyId: string | null;
  readonly keyName: string | null;
  readonly family: string | null;
  readonly vendor: string | null;
  readonly licence: string | null;
  readonly requests: number;
  readonly errors: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly costUsd: number;
  readonly costUnknown: number;
  readonly latencyAvgMs: number;
}

export interface ExplorerPage {
  readonly rows: readonly ExplorerRow[];
  /** Groups matching the filters (for pagination). */
  readonly total: number;
}

export interface RecentErrorRow {
  readonly time: number;
  readonly alias: string | null;
  readonly provider: string | null;
  readonly model: string | null;
  readonly status: number;
  readonly errorCode: string | null;
}

export interface ConsoleQueries {
  consoleSeries(query: ConsoleTimeQuery): Promise<ConsoleSeriesRow[]>;
  consoleLatency(query: ConsoleTimeQuery): Promise<ConsoleLatencyRow[]>;
  consoleExplorer(query: ExplorerQuery): Promise<ExplorerPage>;
  /** The newest failed requests, newest first. */
  consoleRecentErrors(query: { readonly since: number; readonly limit: number }): Promise<RecentErrorRow[]>;
}

type Row = Record<string, unknown>;

/**
 * The queries over a store's `all(sql, parameters)`; `placeholder(n)` spells the
 * n-th (1-based) parameter (`?` for SQLite, `$n` for PostgreSQL). `dayExpression`
 * turns `time_ms` into a `YYYY-MM-DD` UTC day in the store's dialect.
 */
export function createConsoleQueries(options: {
  readonly all: (sql: string, parameters: readonly (string | number)[]) => Promise<Row[]>;
  readonly placeholder: (index: number) => string;
  readonly dayExpression: string;
}): ConsoleQueries {
  const { all, placeholder } = options;
  const timeWhere = (parameters: (string | number)[], since: number, until: number): string => {
    parameters.push(since, until);
    return `time_ms >= ${placeholder(parameters.length - 1)} AND time_ms < ${placeholder(parameters.length)} AND shadow = 0`;
  };
  const bucketExpression = (bucketMs: number): string => {
    if (!Number.isSafeInteger(bucketMs) || bucketMs <= 0) throw new RangeError(`bucketMs must be a positive integer, not ${bucketMs}`);
    return `(time_ms / ${bucketMs}) * ${bucketMs}`;
  };
  const binExpression = `CASE ${latencyBinBoundsMs.map((bound, index) => `WHEN latency_ms < ${bound} THEN ${index}`).join(" ")} ELSE ${latencyBinBoundsMs.length} END`;

  return {
    async consoleSeries(query) {
      const parameters: (string | number)[] = [];
      const rows = await all(
        `SELECT ${bucketExpression(query.bucketMs)} AS bucket, family, vendor, licence, open_weight,
           COUNT(*) AS requests,
           SUM(CASE WHEN status >= 400 THEN 1 ELSE 0 END) AS errors,
           COALESCE(SUM(input_tokens), 0) AS input_tokens,
           COALESCE(SUM(output_tokens), 0) AS output_tokens,
           COALESCE(SUM(cost_usd), 0) AS cost_usd,
           SUM(CASE WHEN cost_usd IS NULL THEN 1 ELSE 0 END) AS cost_unknown,
           SUM(CASE WHEN input_tokens IS NULL AND output_tokens IS NULL THEN 1 ELSE 0 END) AS usage_unknown
         FROM switchyard_usage WHERE ${timeWhere(parameters, query.since, query.until)}
         GROUP BY 1, family, vendor, licence, open_weight ORDER BY 1`,
        parameters,
      );
      return rows.map((row) => ({
        bucket: Number(row.bucket),
        family: text(row.family),
        vendor: text(row.vendor),
        licence: text(row.licence),
        openWeight: row.open_weight === null || row.open_weight === undefined ? null : Number(row.open_weight) === 1,
        requests: Number(row.requests),
        errors: Number(row.errors),
        inputTokens: Number(row.input_tokens),
        outputTokens: Number(row.output_tokens),
        costUsd: Number(row.cost_usd),
        costUnknown: Number(row.cost_unknown),
        usageUnknown: Number(row.usage_unknown),
      }));
    },
    async consoleLatency(query) {
      const parameters: (string | number)[] = [];
      const rows = await all(
        `SELECT ${bucketExpression(query.bucketMs)} AS bucket, ${binExpression} AS bin, COUNT(*) AS count
         FROM switchyard_usage WHERE ${timeWhere(parameters, query.since, query.until)} GROUP BY 1, 2 ORDER BY 1, 2`,
        parameters,
      );
      return rows.map((row) => ({ bucket: Number(row.bucket), bin: Number(row.bin), count: Number(row.count) }));
    },
    async consoleExplorer(query) {
      const parameters: (string | number)[] = [];
      let where = timeWhere(parameters, query.since, query.until);
      const filters: [string, string | undefined][] = [
        ["alias", query.alias],
        ["key_id", query.keyId],
        ["family", query.family],
        ["licence", query.licence],
      ];
      for (const [column, value] of filters) {
        if (value === undefined) continue;
        parameters.push(value);
        where += ` AND ${column} = ${placeholder(parameters.length)}`;
      }
      const groupBy = `${options.dayExpression}, alias, key_id, key_name, family, vendor, licence`;
      const [countRow] = await all(`SELECT COUNT(*) AS n FROM (SELECT 1 FROM switchyard_usage WHERE ${where} GROUP BY ${groupBy}) AS groups`, parameters);
      const limit = Math.max(1, Math.min(1000, Math.trunc(query.limit)));
      const offset = Math.max(0, Math.trunc(query.offset));
      const rows = await all(
        `SELECT ${options.dayExpression} AS day, alias, key_id, key_name, family, vendor, licence,
           COUNT(*) AS requests,
           SUM(CASE WHEN status >= 400 THEN 1 ELSE 0 END) AS errors,
           COALESCE(SUM(input_tokens), 0) AS input_tokens,
           COALESCE(SUM(output_tokens), 0) AS output_tokens,
           COALESCE(SUM(cost_usd), 0) AS cost_usd,
           SUM(CASE WHEN cost_usd IS NULL THEN 1 ELSE 0 END) AS cost_unknown,
           AVG(latency_ms) AS latency_avg_ms
         FROM switchyard_usage WHERE ${where}
         GROUP BY ${groupBy} ORDER BY 1 DESC, 8 DESC, 2, 3 LIMIT ${limit} OFFSET ${offset}`,
        parameters,
      );
      return {
        total: Number(countRow?.n ?? 0),
        rows: rows.map((row) => ({
          day: String(row.day),
          alias: text(row.alias),
          keyId: text(row.key_id),
          keyName: text(row.key_name),
          family: text(row.family),
          vendor: text(row.vendor),
          licence: text(row.licence),
          requests: Number(row.requests),
          errors: Number(row.errors),
          inputTokens: Number(row.input_tokens),
          outputTokens: Number(row.output_tokens),
          costUsd: Number(row.cost_usd),
          costUnknown: Number(row.cost_unknown),
          latencyAvgMs: Math.round(Number(row.latency_avg_ms) * 10) / 10,
        })),
      };
    },
    async consoleRecentErrors(query) {
      const parameters: (string | number)[] = [query.since];
      const limit = Math.max(1, Math.min(500, Math.trunc(query.limit)));
      const rows = await all(
        `SELECT time_ms, alias, provider, upstream_model, status, error_code FROM switchyard_usage
         WHERE time_ms >= ${placeholder(1)} AND status >= 400 ORDER BY time_ms DESC LIMIT ${limit}`,
        parameters,
      );
      return rows.map((row) => ({ time: Number(row.time_ms), alias: text(row.alias), provider: text(row.provider), model: text(row.upstream_model), status: Number(row.status), errorCode: text(row.error_code) }));
    },
  };
}

function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === "string" ? value : JSON.stringify(value);
}
