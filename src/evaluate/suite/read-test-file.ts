import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { parse as parseYaml } from "yaml";
import type { RawAssertion } from "./assertion-spec.js";
import { expectedColumnAssertion } from "./expected-column.js";
import { parseCsv } from "./parse-csv.js";
import { SuiteError } from "./suite-error.js";

/**
 * Tests from a file, as raw objects for the caller's schema (native or
 * promptfoo). CSV: a header row; `__expected…` columns are assertions,
 * `__description` and `__threshold` fill those fields, every other column is a
 * variable. JSONL: one test per line; a line without `vars`/`assert` is taken
 * as the variables themselves. YAML / JSON: a list of tests.
 */
export async function readTestFile(path: string): Promise<unknown[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new SuiteError(`${path}: cannot read test file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const extension = extname(path).toLowerCase();
  if (extension === ".csv") return csvTests(text, path);
  if (extension === ".jsonl" || extension === ".ndjson") return jsonlTests(text, path);
  if (extension === ".yaml" || extension === ".yml" || extension === ".json") {
    let parsed: unknown;
    try {
      parsed = parseYaml(text);
    } catch (error) {
      throw new SuiteError(`${path}: invalid ${extension.slice(1).toUpperCase()}: ${(error as Error).message.split("\n")[0]}`);
    }
    if (!Array.isArray(parsed)) throw new SuiteError(`${path}: expected a list of tests`);
    return parsed as unknown[];
  }
  throw new SuiteError(`${path}: unsupported test file type "${extension}" (use .csv, .jsonl, .yaml or .json)`);
}

function csvTests(text: string, path: string): unknown[] {
  let parsed: string[][];
  try {
    parsed = parseCsv(text);
  } catch (error) {
    throw new SuiteError(`${path}: invalid CSV: ${(error as Error).message}`);
  }
  const [header, ...rows] = parsed;
  if (!header) return [];
  return rows.map((cells, rowIndex) => {
    const vars: Record<string, string> = {};
    const assert: RawAssertion[] = [];
    let description: string | undefined;
    let threshold: number | undefined;
    header.forEach((column, columnIndex) => {
      const cell = cells[columnIndex] ?? "";
      const name = column.trim();
      if (name.startsWith("__expected")) {
        if (cell.trim() !== "") assert.push(expectedColumnAssertion(cell));
      } else if (name === "__description") description = cell;
      else if (name === "__threshold") {
        // An empty cell means no threshold, as in promptfoo — not 0.
        if (cell.trim() === "") return;
        threshold = Number(cell);
        if (!Number.isFinite(threshold)) throw new SuiteError(`${path}:${rowIndex + 2}: __threshold "${cell}" is not a number`);
      } else if (!name.startsWith("__")) vars[name] = cell;
    });
    return { ...(description !== undefined && { description }), vars, ...(assert.length > 0 && { assert }), ...(threshold !== undefined && { threshold }) };
  });
}

function jsonlTests(text: string, path: string): unknown[] {
  const tests: unknown[] = [];
  text.split("\n").forEach((line, lineIndex) => {
    if (line.trim() === "") return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      throw new SuiteError(`${path}:${lineIndex + 1}: invalid JSON: ${(error as Error).message}`);
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new SuiteError(`${path}:${lineIndex + 1}: expected a JSON object`);
    const isTest = ["vars", "assert", "description", "messages"].some((key) => Object.hasOwn(parsed, key));
    tests.push(isTest ? parsed : { vars: parsed });
  });
  return tests;
}
