import { evidenceOf, type Detection } from "../detection.js";
import type { AuditMatchers } from "./audit-matchers.js";
import type { LineContext } from "./line-context.js";
import { matchesOf } from "./matches-of.js";

/**
 * A conversion method named for one family's API format (`function_schemas.to_google_gemini_format`, `def to_claude_format`):
 * code that builds that family's request body, as a client function named for it does (label guide, round twelve). Ruby calls
 * it without parentheses and on a receiver, which `detect-format-parser-functions.ts` (a call or definition with `(`, no
 * receiver) leaves out. The name is `to_`, at most one vendor word (`google`), the family word with its version, `_format`;
 * a vendor alone (`to_anthropic_format`, `to_openai_format`) names no family, and comment lines convert nothing.
 */
const conversionMethod = /(?<![\w])to_(?:([a-z]+)_)?([a-z]+\d*(?:_\d+)*)_format\b/g;
const commentLine = /^\s*(?:#|\/\/|\*|\/\*)/;

export function detectFormatConversionMethods(line: LineContext, matchers: AuditMatchers): Detection[] {
  if (!(line.role === "source" || line.role === "notebook") || commentLine.test(line.text) || !line.text.includes("_format")) return [];
  for (const match of matchesOf(line.text, conversionMethod)) {
    const word = (match[2] ?? "").replace(/[\d_]+$/, "");
    const family = matchers.families.has(word) ? word : undefined;
    if (family === undefined) continue;
    return [{
      line: line.number,
      column: match.index + 1,
      family,
      kind: "sdk",
      match: match[0],
      message: `${match[0]}: converts to the ${matchers.catalog.family(family)?.name ?? family} API format`,
      evidence: evidenceOf(line.text),
      confidence: 0.7,
      ...(line.cell === undefined ? {} : { cell: line.cell }),
    }];
  }
  return [];
}
