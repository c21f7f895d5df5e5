import type { ValidateFunction } from "ajv";
import { compileJsonSchema, describeSchemaError } from "./compile-json-schema.js";
import type { AssertionSpec } from "../suite/assertion-spec.js";
import type { ModelAnswer } from "../run/model-client.js";
import { checkError, failed, passed, type CheckOutcome } from "./assertion-result.js";

type DeterministicKind = "equals" | "contains" | "regex" | "starts-with" | "is-json" | "json-schema" | "tool-call" | "latency" | "cost";

export function isDeterministic(kind: AssertionSpec["kind"]): kind is DeterministicKind {
  return ["equals", "contains", "regex", "starts-with", "is-json", "json-schema", "tool-call", "latency", "cost"].includes(kind);
}

/** Checks that need nothing but the answer: no model calls, no code. */
export function deterministicCheck(spec: AssertionSpec & { kind: DeterministicKind }, answer: ModelAnswer): CheckOutcome {
  const output = answer.text;
  const fold = (text: string): string => (spec.ignoreCase ? text.toLowerCase() : text);
  switch (spec.kind) {
    case "equals": {
      if (typeof spec.value === "string") return fold(output.trim()) === fold(spec.value.trim()) ? passed("output equals the expected text") : failed(`expected "${clip(spec.value)}", got "${clip(output)}"`);
      const parsed = parseJson(output);
      return parsed.ok && deepEqual(parsed.value, spec.value) ? passed("output equals the expected value") : failed(`expected ${clip(JSON.stringify(spec.value))}, got "${clip(output)}"`);
    }
    case "contains": {
      const needles = Array.isArray(spec.value) ? (spec.value as string[]) : [spec.value as string];
      const found = needles.filter((needle) => fold(output).includes(fold(needle)));
      const ok = spec.match === "any" ? found.length > 0 : found.length === needles.length;
      if (ok) return passed(`contains ${found.map((item) => `"${clip(item, 40)}"`).join(", ")}`);
      const missing = needles.filter((needle) => !found.includes(needle));
      return failed(spec.match === "any" ? `contains none of ${needles.map((item) => `"${clip(item, 40)}"`).join(", ")}` : `missing ${missing.map((item) => `"${clip(item, 40)}"`).join(", ")}`);
    }
    case "regex":
      return new RegExp(spec.value as string, spec.ignoreCase ? "i" : "").test(output) ? passed(`matches /${clip(spec.value as string, 60)}/`) : failed(`does not match /${clip(spec.value as string, 60)}/`);
    case "starts-with":
      // Leading whitespace is a tokenizer accident, not an answer.
      return fold(output.trimStart()).startsWith(fold(spec.value as string)) ? passed(`starts with "${clip(spec.value as string, 40)}"`) : failed(`does not start with "${clip(spec.value as string, 40)}"`);
    case "is-json": {
      const parsed = parseJson(output.trim());
      if (!parsed.ok) return failed(`not JSON: ${parsed.error}`);
      return spec.value === undefined ? passed("valid JSON") : validate(parsed.value, spec.value);
    }
    case "json-schema": {
      const parsed = parseJson(stripFence(output));
      if (!parsed.ok) return failed(`not JSON: ${parsed.error}`);
      return validate(parsed.value, spec.value);
    }
    case "tool-call":
      return toolCallCheck(spec.value, answer.toolCalls);
    case "latency":
      return answer.latencyMs <= spec.threshold! ? passed(`${answer.latencyMs} ms ≤ ${spec.threshold} ms`) : failed(`${answer.latencyMs} ms > ${spec.threshold} ms`);
    case "cost":
      if (answer.costUsd === undefined) return checkError("cost unknown: no price for this target or no usage reported (set prices: in the gateway config)");
      return answer.costUsd <= spec.threshold! ? passed(`$${answer.costUsd} ≤ $${spec.threshold}`) : failed(`$${answer.costUsd} > $${spec.threshold}`);
  }
}

function toolCallCheck(expected: unknown, calls: ModelAnswer["toolCalls"]): CheckOutcome {
  const wanted = typeof expected === "string" ? { name: expected, arguments: undefined } : (expected as { name: string; arguments?: unknown });
  if (calls.length === 0) return failed(`no tool call (expected ${wanted.name})`);
  for (const call of calls) {
    if (call.name !== wanted.name) continue;
    if (wanted.arguments === undefined) return passed(`called ${call.name}`);
    const parsed = parseJson(call.arguments);
    if (parsed.ok && partialMatch(parsed.value, wanted.arguments)) return passed(`called ${call.name} with matching arguments`);
  }
  return failed(`expected ${wanted.name}${wanted.arguments === undefined ? "" : ` with ${clip(JSON.stringify(wanted.arguments), 80)}`}; got ${calls.map((call) => `${call.name}(${clip(call.arguments, 60)})`).join(", ")}`);
}

function validate(value: unknown, schema: unknown): CheckOutcome {
  let validator: ValidateFunction;
  try {
    validator = compileJsonSchema(schema);
  } catch (error) {
    return checkError(`unusable JSON Schema: ${(error as Error).message}`);
  }
  return validator(value) ? passed("matches the JSON Schema") : failed(`schema mismatch ${describeSchemaError(validator)}`);
}

/** Every key of `expected` must match in `actual`, recursively; extra keys in `actual` are fine. Arrays match element-wise. */
export function partialMatch(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected !== "object") return deepEqual(actual, expected);
  if (Array.isArray(expected)) return Array.isArray(actual) && actual.length === expected.length && expected.every((item, index) => partialMatch(actual[index], item));
  if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return false;
  return Object.entries(expected).every(([key, value]) => partialMatch((actual as Record<string, unknown>)[key], value));
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key) => deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/** Models often wrap JSON in a ```json fence; a schema check is about the JSON, not the fence. */
function stripFence(text: string): string {
  const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n\s*```\s*$/.exec(text);
  return fenced ? fenced[1]! : text.trim();
}

function clip(text: string, length = 80): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}
