import { evidenceOf, type Detection } from "../detection.js";
import type { AuditMatchers } from "./audit-matchers.js";
import type { LineContext } from "./line-context.js";
import { matchesOf } from "./matches-of.js";

/**
 * A function written for one family's tool-call or chat format, named after it and defined or called (`def
 * _gemma4_args_to_json(text)`, `_gemma4_args_to_json(args_str)`, `parse_qwen3_tool_calls(out)`): code that breaks on any other
 * model's output (label guide, round twenty-one; round twelve's client functions). The name must be the family word (with
 * its version) and only format words (`args`, `json`, `parse`, `tool`, `call`, …); a variable or a module name is not one.
 */
const functionName = /(?<![\w.])(_*[a-z][a-z0-9]*(?:_[a-z0-9]+)+)\s*\(/g;
const formatWords = new Set([
  "args", "arguments", "json", "parse", "parser", "parsed", "tool", "tools", "call", "calls", "function", "functions", "format",
  "template", "to", "from", "extract", "build", "render", "str", "string", "dict",
]);
/** Words that say the function handles the format (not `to_json` alone on some other object). */
const formatCore = new Set(["args", "arguments", "parse", "parser", "tool", "tools", "call", "calls", "template", "format"]);
const commentLine = /^\s*(?:#|\/\/|\*|\/\*)/;

export function detectFormatParserFunctions(line: LineContext, matchers: AuditMatchers): Detection[] {
  if (!(line.role === "source" || line.role === "notebook") || commentLine.test(line.text) || !line.text.includes("_")) return [];
  for (const match of matchesOf(line.text, functionName)) {
    const name = match[1] ?? "";
    const parts = name.replace(/^_+/, "").split("_");
    const index = parts.findIndex((part) => [...matchers.families].some((family) => familyPart(part, family)));
    if (index === -1) continue;
    const others = parts.filter((_, at) => at !== index);
    if (!others.every((part) => formatWords.has(part)) || !others.some((part) => formatCore.has(part))) continue;
    const family = [...matchers.families].find((candidate) => familyPart(parts[index] ?? "", candidate)) ?? "";
    return [{
      line: line.number,
      column: match.index + 1,
      family,
      kind: "chat-template",
      match: name,
      message: `calls ${name}, code for the ${matchers.catalog.family(family)?.name ?? family} tool-call or chat format`,
      evidence: evidenceOf(line.text),
      confidence: 0.7,
      ...(line.cell === undefined ? {} : { cell: line.cell }),
    }];
  }
  return [];
}

/** `gemma4`, `qwen3`, `llama`: the family word alone or followed by a version, never by more letters (`phil`). */
function familyPart(part: string, family: string): boolean {
  return part.startsWith(family) && /^(?:\d[\w]*)?$/.test(part.slice(family.length));
}
