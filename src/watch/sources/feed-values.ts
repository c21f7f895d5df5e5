/** Lenient readers for feed JSON: a field of the wrong type reads as "not said" (null), never as a crash. */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function stringOrNull(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

export function numberOrNull(value: unknown): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  return null;
}

export function booleanOrNull(value: unknown): boolean | null {
  return typeof value === "boolean" ? value : null;
}

/** `YYYY-MM-DD`, `YYYY-MM` (→ day 01) or an ISO datetime → `YYYY-MM-DD`; anything else → null. */
export function dayOrNull(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(value.trim());
  if (match === null) return null;
  return `${match[1]}-${match[2]}-${match[3] ?? "01"}`;
}

/** Unix seconds → `YYYY-MM-DD` (UTC). */
export function dayFromUnixSeconds(value: unknown): string | null {
  const seconds = numberOrNull(value);
  if (seconds === null || seconds <= 0) return null;
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** Prices rounded to 1e-6 USD per million tokens, so float noise from per-token strings never reads as a price change. */
export function roundPrice(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
