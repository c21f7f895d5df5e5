import type { z } from "zod";
import type { InterpolatedStrings } from "./interpolate-env.js";

/** A substituted string the schema wanted as another type, and could not be read as one. */
export interface CoercionProblem {
  readonly path: readonly string[];
  readonly message: string;
}

/**
 * Turns `${VAR}`-filled strings into the number or boolean the schema expects at
 * their place (`port: "${PORT}"` → 4000). Driven by the schema's own type errors,
 * so only fields that want a number or boolean are touched, and a string field
 * filled with digits stays a string. Returns the coerced copy, or the first value
 * that cannot be read as the wanted type.
 */
export function coerceInterpolated(value: unknown, issues: readonly z.core.$ZodIssue[], interpolated: InterpolatedStrings): { value: unknown } | { problem: CoercionProblem } {
  let result = value;
  for (const issue of issues) {
    if (issue.code !== "invalid_type" || (issue.expected !== "number" && issue.expected !== "boolean")) continue;
    const path = issue.path.map(String);
    const variables = interpolated.get(path.join("."));
    const text = readAt(result, path);
    if (variables === undefined || typeof text !== "string") continue;
    const coerced = issue.expected === "number" ? toNumber(text) : toBoolean(text);
    if (coerced === undefined) {
      const source = variables.length === 1 ? `environment variable ${variables[0]!}` : `environment variables ${variables.join(", ")}`;
      return { problem: { path, message: `${JSON.stringify(text)} (from ${source}) is not ${issue.expected === "number" ? "a number" : "true or false"}` } };
    }
    result = writeAt(result, path, coerced);
  }
  return { value: result };
}

function toNumber(text: string): number | undefined {
  const trimmed = text.trim();
  // Number("") is 0 and Number("0x10") is 16: accept only plain decimal notation.
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

function toBoolean(text: string): boolean | undefined {
  const lowered = text.trim().toLowerCase();
  return lowered === "true" ? true : lowered === "false" ? false : undefined;
}

function readAt(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** A copy of `value` with `path` replaced; arrays stay arrays. */
function writeAt(value: unknown, path: readonly string[], replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value)) {
    const copy: unknown[] = [...(value as unknown[])];
    copy[Number(head)] = writeAt(copy[Number(head)], rest, replacement);
    return copy;
  }
  const record = value as Record<string, unknown>;
  return { ...record, [head]: writeAt(record[head], rest, replacement) };
}
