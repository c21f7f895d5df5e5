import { readFile } from "node:fs/promises";
import { parse as parseYaml } from "yaml";
import { describeZodError } from "../../shared/describe-zod-error.js";
import type { EvalSuite } from "./eval-suite.js";
import { normaliseSuite } from "./normalise-suite.js";
import { isPromptfooConfig, loadPromptfooConfig } from "./promptfoo-adapter.js";
import { SuiteError } from "./suite-error.js";
import { suiteFileSchema } from "./suite-file-schema.js";

/** Reads a native suite or a promptfoo config (YAML or JSON) into an EvalSuite. Throws SuiteError naming file and dot-path. */
export async function loadSuite(path: string, env: NodeJS.ProcessEnv = process.env, options: { judge?: string; embedding?: string } = {}): Promise<EvalSuite> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new SuiteError(`${path}: cannot read suite (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new SuiteError(`${path}: invalid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new SuiteError(`${path}: expected a mapping with baseline, prompts and tests (or a promptfoo config)`);
  const record = raw as Record<string, unknown>;
  if (isPromptfooConfig(record)) {
    // --judge is mapped with the config (a promptfoo provider id such as openai:gpt-4.1 names the config's endpoint).
    return loadPromptfooConfig(record, { source: path, env, ...(options.judge !== undefined && { judge: options.judge }), ...(options.embedding !== undefined && { embedding: options.embedding }) });
  }
  const parsed = suiteFileSchema.safeParse(record);
  if (!parsed.success) {
    const issue = describeZodError(parsed.error);
    throw new SuiteError(`${path}: ${issue.path || "(top level)"}: ${issue.message}`);
  }
  const suite = await normaliseSuite(parsed.data, { source: path });
  return { ...suite, ...(options.judge !== undefined && { judge: options.judge }), ...(options.embedding !== undefined && { embedding: options.embedding }) };
}
