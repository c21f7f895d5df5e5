import { execFile } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { CodeRef } from "../suite/eval-suite.js";

export type CodeLanguage = "javascript" | "python";

/**
 * Runs code a promptfoo config names, the way promptfoo runs it — and with the
 * same rights: the suite author's code runs as this process (JavaScript) or as
 * a `python3` child (Python). `--no-code-assertions` refuses such suites.
 *
 * Inline JavaScript is `new Function("output", "context", "process", body)`,
 * where one line is an expression (`return` is added) and several lines are a
 * body. A `file://x.js[:fn]` reference calls the module's named export, its
 * default export, or the module itself. Python: inline code becomes
 * `def main(output, context)` (one line is returned); a `file://x.py[:fn]` calls
 * `fn` (default `defaultPythonFunction`). Script variables go through the same
 * runners (`runScriptVariable`).
 */
export async function runPromptfooCode(options: { ref: CodeRef; language: CodeLanguage; output: unknown; context: Readonly<Record<string, unknown>>; defaultPythonFunction: string; expression: "assertion" | "transform" }): Promise<unknown> {
  const { ref } = options;
  if (options.language === "python") {
    return ref.kind === "inline" ? runPython({ source: inlinePython(ref.code), functionName: "main", args: [options.output, options.context] }) : runPython({ file: ref.path, functionName: ref.functionName ?? options.defaultPythonFunction, args: [options.output, options.context] });
  }
  if (ref.kind === "file") {
    const fn = await loadFunction(ref.path, ref.functionName);
    return await fn(options.output, options.context);
  }
  const code = options.expression === "assertion" ? ref.code.trimEnd() : ref.code;
  const body = code.includes("\n") ? code : options.expression === "assertion" ? expressionBody(code) : `return ${code}`;
  // promptfoo evaluates these in the main realm with `new Function`; matching it is the point (README: it runs with this process's rights).
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const fn = new Function("output", "context", "process", body) as (output: unknown, context: unknown, process: unknown) => unknown;
  return await fn(options.output, options.context, process);
}

/**
 * A promptfoo script variable (`vars: { name: file://x.py }`), computed the way
 * promptfoo computes it each time it renders a prompt: Python calls
 * `get_var(var_name, prompt, other_vars)`, JavaScript the module's function
 * with `(varName, prompt, vars, provider)`. The answer is `{ output }` or
 * `{ error }`; an error, or no output, fails the row (thrown here). Python's
 * output must be text and is trimmed; JavaScript's is used as it is.
 */
export async function runScriptVariable(options: { language: CodeLanguage; path: string; name: string; prompt: string; vars: Readonly<Record<string, unknown>>; provider: { id: string; label: string } }): Promise<unknown> {
  const { path } = options;
  const result =
    options.language === "python"
      ? await runPython({ file: path, functionName: "get_var", args: [options.name, options.prompt, options.vars] })
      : await (await loadFunction(path, undefined))(options.name, options.prompt, options.vars, options.provider);
  const caller = options.language === "python" ? `${path}: get_var` : path;
  if (typeof result !== "object" || result === null) throw new Error(`${caller} must return { output } or { error }, got ${result === null ? "null" : typeof result}`);
  const { output, error } = result as { output?: unknown; error?: unknown };
  if (error) throw new Error(`${caller} returned an error: ${typeof error === "string" ? error : JSON.stringify(error)}`);
  if (!output) throw new Error(`${caller} returned no output`);
  if (options.language === "javascript") return output;
  if (typeof output !== "string") throw new Error(`${caller} must return a string output, got ${typeof output}`);
  return output.trim();
}

/** Whether `command` is an executable file in one of the folders of `pathVariable` (a PATH value). */
export function commandOnPath(command: string, pathVariable: string | undefined): boolean {
  for (const folder of (pathVariable ?? "").split(delimiter)) {
    if (folder === "") continue;
    try {
      accessSync(join(folder, command), constants.X_OK);
      return true;
    } catch {
      // Not in this folder.
    }
  }
  return false;
}

/** A JavaScript module's function: `file://check.js:name`, else the default export, else the module itself. */
export async function loadFunction(path: string, functionName: string | undefined): Promise<(...args: unknown[]) => unknown> {
  const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  const candidate = functionName !== undefined ? module[functionName] : typeof module.default === "function" ? module.default : (module.default as Record<string, unknown> | undefined)?.[functionName ?? ""];
  if (typeof candidate !== "function") throw new Error(`${path}: ${functionName !== undefined ? `no function "${functionName}" exported` : "no default-exported function"}`);
  return candidate as (...args: unknown[]) => unknown;
}

/** promptfoo's one-line rule: `const a = …; a > 1` returns the last expression; anything else is `return EXPR`. */
function expressionBody(code: string): string {
  const trimmed = code.trim().replace(/;+\s*$/, "");
  if (/^(const|let|var)\s/.test(trimmed)) {
    const last = trimmed.lastIndexOf(";");
    if (last !== -1) {
      const expression = trimmed.slice(last + 1).trim();
      if (expression) return `${trimmed.slice(0, last + 1)} return ${expression}`;
    }
    return trimmed;
  }
  return `return ${trimmed}`;
}

function inlinePython(code: string): string {
  const multiline = code.includes("\n");
  const indent = multiline ? (/^(?!\s*$)\s+/m.exec(code)?.[0] ?? "    ") : "    ";
  return `import json\n\ndef main(output, context):\n${multiline ? code.split("\n").map((line) => `${indent}${line}`).join("\n") : `    return ${code}`}\n`;
}

// Reads {source|file, function, args} as JSON on stdin, prints the function's result as JSON on the last line.
// No __pycache__ is written beside the suite author's scripts.
const pythonRunner = `
import importlib.util, json, sys, types
sys.dont_write_bytecode = True
request = json.load(sys.stdin)
if request.get("file"):
    spec = importlib.util.spec_from_file_location("switchyard_check", request["file"])
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, __import__("os").path.dirname(request["file"]))
    spec.loader.exec_module(module)
else:
    module = types.ModuleType("switchyard_inline")
    exec(request["source"], module.__dict__)
result = getattr(module, request["function"])(*request["args"])
sys.stdout.write("\\n" + json.dumps(result))
`;

async function runPython(options: { source?: string; file?: string; functionName: string; args: readonly unknown[] }): Promise<unknown> {
  const input = JSON.stringify({ source: options.source, file: options.file, function: options.functionName, args: options.args });
  const stdout = await new Promise<string>((resolve, reject) => {
    const child = execFile("python3", ["-c", pythonRunner], { timeout: 30_000, maxBuffer: 16 * 1024 * 1024 }, (error, out, err) => {
      if (error) reject(new Error((err.trim().split("\n").at(-1) ?? "") || error.message));
      else resolve(out);
    });
    child.stdin?.end(input);
  });
  const last = stdout.trimEnd().split("\n").at(-1) ?? "null";
  return JSON.parse(last) as unknown;
}
