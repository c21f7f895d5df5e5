import { consoleRollups, dayMs, latencyBinColumns, rawAsRollupSql, rollupPartSql } from "./console-rollup-sql.js";

export { latencyBinBoundsMs } from "./console-rollup-sql.js";

/**
 * The web console's aggregated reads, written once for both stores (SQLite and
 * PostgreSQL differ here only in how parameters are spelled). A range is read
 * from the console's rollups (see console-rollup-sql.ts): whole days from the
 * daily one, whole hours at its edges from the hourly one, and only the partial
 * hours at the very edges from raw rows, through the `time_ms` index. So a page
 * costs about the same with a million rows as with a thousand, and raw rows are
 * never shipped to the browser.
 */

export interface ConsoleTimeQuery {
  /** Inclusive, epoch ms. */
  readonly since: number;
  /** Exclusive, epoch ms. */
  readonly until: number;
  /** Bucket width in ms (a positive integer). */
  readonly bucketMs: number;
}

/** Sums per time bucket × family × vendor × licence × openness. Unknown spend is counted, never summed as 0. */
/** What every console figure counts: requests, errors, tokens and priced spend. */
export interface ConsoleTotals {
  readonly requests: number;
  readonly errors: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  /** Sum over priced requests only. */
  readonly costUsd: number;
  /** Requests that could not be priced. */
  readonly costUnknown: number;
}

export interface ConsoleSeriesRow extends ConsoleTotals {
  readonly bucket: number;
  readonly family: string | null;
  readonly vendor: string | null;
  readonly licence: string | null;
  readonly openWeight: boolean | null;
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
export interface ExplorerRow extends ConsoleTotals {
  readonly day: string;
  readonly alias: string | null;
  readonly keyId: string | null;
  readonly keyName: string | null;
  readonly family: string | null;
  readonly vendor: string | null;
  readonly licence: string | null;
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

/** The explorer's CSV asks for at most this many groups in one query. */
export const explorerMaxLimit = 100_000;

/**
 * The queries over a store's `all(sql, parameters)`; `placeholder(n)` spells the
 * n-th (1-based) parameter (`?` for SQLite, `$n` for PostgreSQL). Parameters are
 * pushed in the order they appear in the text, as SQLite's `?` needs.
 */
export function createConsoleQueries(options: {
  readonly all: (sql: string, parameters: readonly (string | number)[]) => Promise<Row[]>;
  readonly placeholder: (index: number) => string;
}): ConsoleQueries {
  const { all, placeholder } = options;
  const bucketExpression = (bucketMs: number): string => {
    if (!Number.isSafeInteger(bucketMs) || bucketMs <= 0) throw new RangeError(`bucketMs must be a positive integer, not ${bucketMs}`);
    return `(time_ms / ${bucketMs}) * ${bucketMs}`;
  };
  /**
   * The rows of [since, until) in the rollups' shape: each span covered by the
   * coarsest rollup whose grain divides `bucketMs` (so no bucket is split), the
   * ragged edges by finer ones, and what is left by raw rows. Filters are label equalities.
   */
  const usageParts = (parameters: (string | number)[], query: { since: number; until: number; bucketMs: number; filters?: readonly [string, string | undefined][] }): string => {
    const bind = (value: string | number): string => {
      parameters.push(value);
      return placeholder(parameters.length);
    };
    const filterSql = (): string => (query.filters ?? []).filter(([, value]) => value !== undefined).map(([column, value]) => ` AND ${column} = ${bind(value!)}`).join("");
    const cover = (from: number, to: number, rollups: readonly (typeof consoleRollups)[number][]): string[] => {
      const [rollup, ...finer] = rollups;
      if (rollup === undefined) return [rawAsRollupSql(`time_ms >= ${bind(from)} AND time_ms < ${bind(to)}${filterSql()}`)];
      const first = Math.ceil(from / rollup.grainMs) * rollup.grainMs;
      const end = Math.floor(to / rollup.grainMs) * rollup.grainMs;
      if (first >= end) return cover(from, to, finer);
      // Built left to right, so parameters are bound in the order they appear in the text.
      const left = from < first ? cover(from, first, finer) : [];
      const middle = rollupPartSql(rollup, `time_ms >= ${bind(first)} AND time_ms < ${bind(end)}${filterSql()}`);
      const right = end < to ? cover(end, to, finer) : [];
      return [...left, middle, ...right];
    };
    return cover(query.since, query.until, consoleRollups.filter((rollup) => query.bucketMs % rollup.grainMs === 0)).join("\n    UNION ALL ");
  };
  const sum = (column: string): string => `SUM(${column}) AS ${column}`;

  return {
    async consoleSeries(query) {
      const parameters: (string | number)[] = [];
      const bucket = bucketExpression(query.bucketMs);
      const rows = await all(
        `SELECT ${bucket} AS bucket, family, vendor, licence, open_weight,
           ${["requests", "errors", "input_tokens", "output_tokens", "cost_usd", "cost_unknown", "usage_unknown"].map(sum).join(", ")}
         FROM (${usageParts(parameters, { since: query.since, until: query.until, bucketMs: query.bucketMs })}) AS usage_parts
         GROUP BY 1, family, vendor, licence, open_weight ORDER BY 1`,
        parameters,
      );
      return rows.map((row) => ({
        bucket: Number(row.bucket),
        family: text(row.family),
        vendor: text(row.vendor),
        licence: text(row.licence),
        openWeight: openWeight(row.open_weight),
        ...totalsOf(row),
        usageUnknown: Number(row.usage_unknown),
      }));
    },
    async consoleLatency(query) {
      const parameters: (string | number)[] = [];
      const rows = await all(
        `SELECT ${bucketExpression(query.bucketMs)} AS bucket, ${latencyBinColumns.map(sum).join(", ")}
         FROM (${usageParts(parameters, { since: query.since, until: query.until, bucketMs: query.bucketMs })}) AS usage_parts
         GROUP BY 1 ORDER BY 1`,
        parameters,
      );
      return rows.flatMap((row) =>
        latencyBinColumns.map((column, bin) => ({ bucket: Number(row.bucket), bin, count: Number(row[column] ?? 0) })).filter((entry) => entry.count > 0),
      );
    },
    async consoleExplorer(query) {
      const parameters: (string | number)[] = [];
      const filters: [string, string | undefined][] = [
        ["alias", query.alias],
        ["key_id", query.keyId],
        ["family", query.family],
        ["licence", query.licence],
      ];
      const from = `FROM (${usageParts(parameters, { since: query.since, until: query.until, bucketMs: dayMs, filters })}) AS usage_parts
         GROUP BY 1, alias, key_id, family, vendor, licence`;
      const limit = Math.max(1, Math.min(explorerMaxLimit, Math.trunc(query.limit)));
      const offset = Math.max(0, Math.trunc(query.offset));
      // The window count gives the number of groups with the page, in the same pass.
      const rows = await all(
        `SELECT ${bucketExpression(dayMs)} AS day_ms, alias, key_id, MAX(key_name) AS key_name, family, vendor, licence,
           ${["requests", "errors", "input_tokens", "output_tokens", "cost_usd", "cost_unknown", "latency_sum_ms"].map(sum).join(", ")},
           COUNT(*) OVER () AS total_groups
         ${from} ORDER BY 1 DESC, 8 DESC, 2, 3, 5, 6, 7 LIMIT ${limit} OFFSET ${offset}`,
        parameters,
      );
      let total = Number(rows[0]?.total_groups ?? 0);
      if (rows.length === 0 && offset > 0) {
        const [countRow] = await all(`SELECT COUNT(*) AS n FROM (SELECT ${bucketExpression(dayMs)} AS day_ms ${from}) AS explorer_groups`, parameters);
        total = Number(countRow?.n ?? 0);
      }
      return {
        total,
        rows: rows.map((row) => ({
          day: new Date(Number(row.day_ms)).toISOString().slice(0, 10),
          alias: text(row.alias),
          keyId: text(row.key_id),
          keyName: text(row.key_name),
          family: text(row.family),
          vendor: text(row.vendor),
          licence: text(row.licence),
          ...totalsOf(row),
          latencyAvgMs: Number(row.requests) === 0 ? 0 : Math.round((Number(row.latency_sum_ms) / Number(row.requests)) * 10) / 10,
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

/** The summed measures of a result row (snake_case columns, numbers or numeric strings, as each driver returns them). */
function totalsOf(row: Row): ConsoleTotals {
  return {
    requests: Number(row.requests),
    errors: Number(row.errors),
    inputTokens: Number(row.input_tokens),
    outputTokens: Number(row.output_tokens),
    costUsd: Number(row.cost_usd),
    costUnknown: Number(row.cost_unknown),
  };
}

/** Labels are stored as '' when the record had none. */
function text(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  return typeof value === "string" ? value : JSON.stringify(value);
}

function openWeight(value: unknown): boolean | null {
  if (value === null || value === undefined || Number(value) === -1) return null;
  return Number(value) === 1;
}
