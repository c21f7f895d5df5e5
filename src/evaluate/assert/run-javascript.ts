import { Script, createContext } from "node:vm";
import { checkError, type CheckOutcome } from "./assertion-result.js";

const scripts = new Map<string, Script>();
const timeoutMs = 1000;

/**
 * An inline `javascript` assertion: an expression (`output.includes("Paris")`)
 * or a function body with `return`. It sees `output` and `context` ({ vars,
 * latencyMs, costUsd, toolCalls }) and returns a boolean, a score 0..1, or
 * { pass, score, reason }. Runs in a fresh node:vm context with a time limit so
 * a stray `while (true)` fails one assertion instead of hanging the run. The
 * suite is trusted code (like a test file); node:vm is not a security boundary.
 */
export async function runJavascript(options: { code: string; output: string; context: Record<string, unknown>; threshold: number | undefined }): Promise<CheckOutcome> {
  let script = scripts.get(options.code);
  try {
    if (!script) {
      script = compile(options.code);
      scripts.set(options.code, script);
    }
    const sandbox = createContext({ __output: options.output, __context: JSON.parse(JSON.stringify(options.context)) as unknown });
    let result: unknown = script.runInContext(sandbox, { timeout: timeoutMs });
    if (isThenable(result)) result = await withTimeout(Promise.resolve(result));
    return interpret(result, options.threshold);
  } catch (error) {
    return checkError(`javascript assertion threw: ${(error as Error).message ?? String(error)}`);
  }
}

/** An expression if it parses as one (`output.includes("x")`), else a function body (statements, `return`). */
function compile(code: string): Script {
  const wrap = (body: string): Script => new Script(`(function (output, context) {\n${body}\n})(__output, __context)`, { filename: "javascript-assertion.js" });
  if (!/\breturn\b/.test(code)) {
    try {
      return wrap(`return (${code}\n);`);
    } catch {
      // Not an expression: statements, compiled below.
    }
  }
  return wrap(code);
}

function interpret(result: unknown, threshold: number | undefined): CheckOutcome {
  if (typeof result === "boolean") return { pass: result, score: result ? 1 : 0, reason: `returned ${String(result)}` };
  if (typeof result === "number" && Number.isFinite(result)) {
    const minimum = threshold ?? 0.5;
    return { pass: result >= minimum, score: clamp(result), reason: `returned score ${result} (pass at ≥ ${minimum})` };
  }
  if (typeof result === "object" && result !== null && typeof (result as { pass?: unknown }).pass === "boolean") {
    const graded = result as { pass: boolean; score?: unknown; reason?: unknown };
    const score = typeof graded.score === "number" ? clamp(graded.score) : graded.pass ? 1 : 0;
    return { pass: graded.pass, score, reason: typeof graded.reason === "string" ? graded.reason : `returned pass=${String(graded.pass)}` };
  }
  return checkError(`javascript assertion must return a boolean, a number or { pass, score, reason }; got ${typeof result}`);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function";
}

async function withTimeout(promise: Promise<unknown>): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not settle within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function clamp(score: number): number {
  return Math.max(0, Math.min(1, score));
}
