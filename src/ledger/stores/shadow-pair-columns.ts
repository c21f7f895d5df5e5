import type { ShadowPairQuery } from "../shadow-pair.js";

/** The shadow-pair table: the pair itself as one JSON document, plus the columns queries filter on. */
export const shadowPairColumns = {
  sqlite: "id TEXT PRIMARY KEY, time_ms INTEGER NOT NULL, route TEXT NOT NULL, pair TEXT NOT NULL",
  postgres: "id TEXT PRIMARY KEY, time_ms BIGINT NOT NULL, route TEXT NOT NULL, pair JSONB NOT NULL",
} as const;

/** WHERE clause for a pair query; `placeholder` yields `?` (SQLite) or `$n` (PostgreSQL). */
export function shadowPairFilter(query: ShadowPairQuery, placeholder: () => string): { where: string; parameters: (string | number)[] } {
  const conditions: string[] = [];
  const parameters: (string | number)[] = [];
  if (query.route !== undefined) {
    conditions.push(`route = ${placeholder()}`);
    parameters.push(query.route);
  }
  if (query.since !== undefined) {
    conditions.push(`time_ms >= ${placeholder()}`);
    parameters.push(query.since);
  }
  return { where: conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "", parameters };
}
