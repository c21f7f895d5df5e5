import { isDeepStrictEqual } from "node:util";
import { compileJsonSchema, describeSchemaError } from "../assert/compile-json-schema.js";
import { failed, passed, type CheckOutcome } from "../assert/assertion-result.js";
import type { AssertionSpec } from "../suite/assertion-spec.js";
import type { CodeRef } from "../suite/eval-suite.js";
import { bleuScore, rougeNScore } from "../assert/text-overlap.js";
import { outputString } from "./promptfoo-output.js";
import { runPromptfooCode } from "./run-promptfoo-code.js";

export interface PromptfooCheckInput {
  /** The output after the test's and this assertion's transforms. */
  readonly output: unknown;
  /** The assertion's value, Nunjucks-rendered against the test's variables. */
  readonly value: unknown;
  /** promptfoo's assertion context: `{ prompt, vars, test, config }`. */
  readonly context: Readonly<Record<string, unknown>>;
  /** The provider's configured tools (OpenAI format), for is-valid-openai-tools-call. */
  readonly tools: readonly unknown[] | undefined;
  /**
   * For is-valid-openai-function-call: the chat provider's configured `functions`
   * (`declared` undefined when it has none); undefined when the provider is not a
   * chat provider, which promptfoo cannot check function calls for.
   */
  readonly functions?: { readonly declared: unknown } | undefined;
}

/**
 * The deterministic and code assertions with promptfoo 0.121's semantics
 * (exact `equals`, untrimmed `starts-with`, comma-separated `-any`/`-all`,
 * JavaScript numbers passing above 0 without a threshold, …). Returns
 * undefined for kinds graded the same way in both formats (latency, cost,
 * similar, llm-rubric), which the caller grades on the output string.
 * The outcome is before `not-` negation, which the caller applies.
 */
export async function checkPromptfooAssertion(spec: AssertionSpec, input: PromptfooCheckInput): Promise<CheckOutcome | undefined> {
  const text = outputString(input.output);
  const { value } = input;
  const binary = (pass: boolean, what: string): CheckOutcome => (pass ? passed(what) : failed(`expected output to ${what}`));
  switch (spec.kind) {
    case "equals":
      if (typeof value === "object" && value !== null) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          return failed("output is not JSON");
        }
        return binary(isDeepStrictEqual(value, parsed), `equal ${JSON.stringify(value)}`);
      }
      return binary(String(value) === text, `equal "${String(value)}"`);
    case "contains": {
      const fold = (item: string): string => (spec.ignoreCase ? item.toLowerCase() : item);
      const isList = spec.label.replace(/^not-/, "").endsWith("-any") || spec.label.replace(/^not-/, "").endsWith("-all");
      const needles = isList ? (Array.isArray(value) ? value.map(String) : commaSeparated(String(value))) : [String(value)];
      const found = needles.filter((needle) => fold(text).includes(fold(needle)));
      const pass = spec.match === "any" ? found.length > 0 : found.length === needles.length;
      return binary(pass, `contain ${spec.match === "any" && isList ? "one of " : ""}"${needles.join(", ")}"`);
    }
    case "regex":
      return binary(new RegExp(String(value)).test(text), `match /${String(value)}/`);
    case "starts-with":
      return binary(text.startsWith(String(value)), `start with "${String(value)}"`);
    case "is-json": {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return failed("expected output to be valid JSON");
      }
      return schemaCheck(parsed, value);
    }
    case "contains-json": {
      const objects = extractJsonObjects(text);
      if (objects.length === 0) return failed("expected output to contain valid JSON");
      if (!hasSchema(value)) return passed(`contains JSON`);
      let last: CheckOutcome = failed("no JSON matches the schema");
      for (const object of objects) {
        last = schemaCheck(object, value);
        if (last.pass) return last;
      }
      return last;
    }
    case "javascript":
    case "python":
      return codeResult(
        await runPromptfooCode({ ref: value as CodeRef, language: spec.kind, output: input.output, context: input.context, defaultPythonFunction: "get_assert", expression: "assertion" }),
        spec,
      );
    case "is-valid-openai-tools-call":
      return toolsCallCheck(input.output, input.tools);
    case "is-valid-openai-function-call":
      return functionCallCheck(input.output, input.functions);
    case "levenshtein": {
      const distance = levenshtein(text, String(value));
      const maximum = spec.threshold ?? 5;
      return distance <= maximum ? passed(`Levenshtein distance ${distance} ≤ ${maximum}`) : failed(`Levenshtein distance ${distance} > ${maximum}`);
    }
    case "word-count": {
      const count = text.trim() === "" ? 0 : text.trim().split(/\s+/).length;
      if (typeof value === "number") return count === value ? passed(`${count} words`) : failed(`${count} words, expected ${value}`);
      const { min, max } = value as { min?: number; max?: number };
      const pass = (min === undefined || count >= min) && (max === undefined || count <= max);
      return pass ? passed(`${count} words`) : failed(`${count} words, expected ${min ?? 0}..${max ?? "∞"}`);
    }
    case "rouge-n": {
      const score = rougeNScore(text, String(value));
      const threshold = spec.threshold ?? 0.75;
      return { pass: score >= threshold, score, reason: `ROUGE-N score ${score.toFixed(2)} is ${score >= threshold ? "greater than or equal to" : "less than"} threshold ${threshold}` };
    }
    case "bleu": {
      const score = bleuScore(text, Array.isArray(value) ? value.map(String) : [String(value)]);
      const threshold = spec.threshold ?? 0.5;
      return { pass: score >= threshold, score, reason: `BLEU score ${score.toFixed(4)} is ${score >= threshold ? "at least" : "less than"} threshold ${threshold}` };
    }
    default:
      return undefined;
  }
}

function hasSchema(value: unknown): boolean {
  return typeof value === "object" && value !== null;
}

function schemaCheck(parsed: unknown, schema: unknown): CheckOutcome {
  if (!hasSchema(schema)) return passed("valid JSON");
  const validate = compileJsonSchema(schema);
  return validate(parsed) ? passed("valid JSON matching the schema") : failed(`JSON does not conform to the schema ${describeSchemaError(validate)}`);
}

/** promptfoo's result rules for code assertions: a boolean; a number (passes above 0, or at `threshold`); `{ pass, score, reason }`; from Python also "true"/"false" and JSON text. */
function codeResult(result: unknown, spec: AssertionSpec): CheckOutcome {
  let value = result;
  if (typeof value === "string") {
    const lower = value.toLowerCase();
    if (lower === "true" || lower === "false") value = lower === "true";
    else if (value.startsWith("{")) value = JSON.parse(value) as unknown;
    else if (spec.kind === "python" && !Number.isNaN(Number.parseFloat(value))) value = Number.parseFloat(value);
  }
  if (typeof value === "boolean") return value ? passed("custom function returned true") : failed("custom function returned false");
  if (typeof value === "number") {
    const pass = spec.threshold === undefined ? value > 0 : value >= spec.threshold;
    return { pass, score: value, reason: `custom function returned ${value}` };
  }
  if (typeof value === "object" && value !== null && typeof (value as { pass?: unknown }).pass === "boolean") {
    const graded = value as { pass: boolean; score?: unknown; reason?: unknown };
    return { pass: graded.pass, score: typeof graded.score === "number" ? graded.score : graded.pass ? 1 : 0, reason: typeof graded.reason === "string" ? graded.reason : `custom function returned pass=${String(graded.pass)}` };
  }
  throw new Error(`custom function must return a boolean, number, or { pass, score, reason }; got ${typeof value}`);
}

function toolsCallCheck(output: unknown, tools: readonly unknown[] | undefined): CheckOutcome {
  const calls = typeof output === "object" && output !== null && !Array.isArray(output) && "tool_calls" in output ? output.tool_calls : output;
  const valid = Array.isArray(calls) && calls.length > 0 && calls.every((call: { function?: { name?: unknown; arguments?: unknown } }) => typeof call?.function?.name === "string" && typeof call.function.arguments === "string");
  if (!valid) return failed(`no valid-looking tools response: ${JSON.stringify(calls) ?? "undefined"}`);
  if (!tools) return failed("no tools configured in the provider, but the output has tool calls");
  const functions = tools.filter((tool): tool is { type: string; function: { name: string; parameters?: unknown } } => typeof tool === "object" && tool !== null && (tool as { type?: unknown }).type === "function" && "function" in tool);
  for (const call of calls as { function: { name: string; arguments: string } }[]) {
    const schema = functions.find((fn) => fn.function.name === call.function.name)?.function.parameters;
    if (schema === undefined) return failed(`called "${call.function.name}", but there is no function with that name`);
    let args: unknown;
    try {
      args = JSON.parse(call.function.arguments);
    } catch {
      return failed(`call to "${call.function.name}" has arguments that are not JSON`);
    }
    const validate = compileJsonSchema(schema);
    if (!validate(args)) return failed(`call to "${call.function.name}" does not match schema ${describeSchemaError(validate)}`);
  }
  return passed("valid tool calls");
}

/** promptfoo's legacy check: the output (or a message's `function_call`) names a configured function and its arguments match that function's parameters schema. */
function functionCallCheck(output: unknown, functions: { readonly declared: unknown } | undefined): CheckOutcome {
  if (!functions) return failed("the provider cannot check function calls (only OpenAI chat providers with functions can)");
  const call = typeof output === "object" && output !== null && !Array.isArray(output) && "function_call" in output ? output.function_call : output;
  const { name, arguments: args } = (typeof call === "object" && call !== null ? call : {}) as { name?: unknown; arguments?: unknown };
  if (typeof name !== "string" || typeof args !== "string") return failed(`no valid-looking function call: ${JSON.stringify(call) ?? "undefined"}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(args);
  } catch {
    return failed(`call to "${name}" has arguments that are not JSON`);
  }
  const declared = Array.isArray(functions.declared) ? (functions.declared as { name?: unknown; parameters?: unknown }[]) : [];
  const schema = declared.find((fn) => fn?.name === name)?.parameters;
  if (schema === undefined || schema === null) return failed(`called "${name}", but there is no function with that name`);
  const validate = compileJsonSchema(schema);
  if (!validate(parsed)) return failed(`call to "${name}" does not match schema ${describeSchemaError(validate)}`);
  return passed("valid function call");
}

/** JSON objects embedded in text: from each `{`, the shortest balanced span that parses. */
export function extractJsonObjects(text: string): unknown[] {
  const objects: unknown[] = [];
  for (let start = 0; start < text.length; start++) {
    if (text[start] !== "{") continue;
    let depth = 0;
    for (let end = start; end < Math.min(text.length, start + 100_000); end++) {
      if (text[end] === "{") depth++;
      else if (text[end] === "}") depth--;
      if (depth !== 0) continue;
      try {
        const parsed: unknown = JSON.parse(text.slice(start, end + 1));
        if (typeof parsed === "object" && parsed !== null) {
          objects.push(parsed);
          start = end;
        }
      } catch {
        // Not JSON from this brace; try the next one.
      }
      break;
    }
  }
  return objects;
}

function commaSeparated(value: string): string[] {
  return value.split(/,(?=(?:(?:[^"]*"){2})*[^"]*$)/).map((item) => item.trim().replace(/^"(.*)"$/, "$1"));
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}
