import { evidenceOf, type Detection } from "../detection.js";
import type { AuditMatchers } from "./audit-matchers.js";
import type { LineContext } from "./line-context.js";
import { matchesOf } from "./matches-of.js";

/**
 * Hard-coded prompt-format tokens: code that builds a family's chat template by hand
 * breaks silently on any other model. One finding per family per line, listing the
 * tokens seen. `[INST]` alone is ambiguous (Llama 2 and Mistral) and goes to the
 * family the rest of the file points at, with lower confidence when nothing does. A
 * training recipe's own `chat_template` in a shared format is the recipe's choice (see
 * `FileFacts.recipeChatTemplate`) and is not reported.
 */
/** Below this, a token is a format several families share (ChatML, `<|user|>`, `[INST]`), not one family's own. */
const sharedFormatConfidence = 0.9;
/** A shared format's token attributed by the rest of the file (see `attribute`) at least this sure. */
const settledConfidence = 0.85;

const codeCommentLine = /^\s*(?:#|\/\/)/;
const reservedSpecialToken = /<\|reserved_special_token_(?:\d+|\{[^}|]{1,40}\})\|>/g;

export function detectTemplateTokens(line: LineContext, matchers: AuditMatchers): Detection[] {
  // A comment line in code that shows a token (`# Matches <|"|>...<|"|> string literals`) explains the regex or string below
  // it; the code that uses the token carries the dependency (label guide, round twenty-one).
  if ((line.role === "source" || line.role === "notebook") && codeCommentLine.test(line.text)) return [];
  const byFamily = new Map<string, { tokens: string[]; column: number; confidence: number; templates: Set<string> }>();
  for (const match of tokenMatches(line.text, matchers.templateToken)) {
    const spec = matchers.templateTokens.get(match[0]);
    if (spec === undefined || (line.file.recipeChatTemplate && spec.confidence < sharedFormatConfidence)) continue;
    const { family, confidence } = attribute({ families: spec.families, confidence: spec.confidence, line, matchers });
    // A format many families share (ChatML, `[INST]` alone, `<|user|>`) proves none of them: it
    // counts only where the file settles the family (`<<SYS>>` for Llama 2, Mistral's control tokens).
    if (family === undefined || confidence < settledConfidence) continue;
    const entry = byFamily.get(family) ?? { tokens: [], column: match.index + 1, confidence: 0, templates: new Set<string>() };
    if (!entry.tokens.includes(match[0])) entry.tokens.push(match[0]);
    entry.confidence = Math.max(entry.confidence, confidence);
    entry.templates.add(spec.template);
    byFamily.set(family, entry);
  }
  // Llama 3's reserved tokens are numbered (`<|reserved_special_token_41|>`) or built in a loop (f"<|reserved_special_token_{2 + i}|>").
  if (matchers.families.has("llama")) {
    for (const match of matchesOf(line.text, reservedSpecialToken)) {
      const entry = byFamily.get("llama") ?? { tokens: [], column: match.index + 1, confidence: 0, templates: new Set<string>() };
      if (!entry.tokens.includes(match[0])) entry.tokens.push(match[0]);
      entry.confidence = Math.max(entry.confidence, 0.9);
      entry.templates.add("Llama 3 tokenizer");
      entry.column = Math.min(entry.column, match.index + 1);
      byFamily.set("llama", entry);
    }
  }
  return [...byFamily].map(([family, entry]) => ({
    line: line.number,
    column: entry.column,
    family,
    kind: "chat-template",
    match: entry.tokens.join(" "),
    message: `hard-coded ${[...entry.templates].join(" / ")} token${entry.tokens.length > 1 ? "s" : ""} ${entry.tokens.join(", ")}`,
    evidence: evidenceOf(line.text),
    confidence: entry.confidence,
    templateTokens: entry.tokens,
    ...(line.cell === undefined ? {} : { cell: line.cell }),
  }));
}

/**
 * Token matches on the line as written and, where it escapes brackets or underscores for a regex
 * (`"(?s)\\[TOOL\\_CALLS\\]"`), on the line with those escapes removed: a regex stripping a family's control
 * token depends on that token as much as the template emitting it.
 */
function tokenMatches(text: string, pattern: RegExp): { readonly 0: string; readonly index: number }[] {
  const matches = matchesOf(text, pattern).map((match) => ({ 0: match[0], index: match.index ?? 0 }));
  if (!escapedTokenCharacter.test(text)) return matches;
  const unescaped = text.replace(/\\+(?=[[\]_/|<>])/g, "");
  const more = matchesOf(unescaped, pattern).map((match) => ({ 0: match[0], index: match.index ?? 0 }));
  return [...matches, ...more.filter((match) => !matches.some((seen) => seen[0] === match[0]))];
}

// `\|` too: Kimi K2's and Gemma 4's bar-delimited tokens escaped in a regex (`<\|tool_call_begin\|>`).
const escapedTokenCharacter = /\\[[\]_|]/;

function attribute(options: { families: readonly string[]; confidence: number; line: LineContext; matchers: AuditMatchers }): { family?: string; confidence: number } {
  const { families, line, matchers } = options;
  if (families.includes("llama") && families.includes("mistral")) {
    if (line.file.hasLlama2System && matchers.families.has("llama")) return { family: "llama", confidence: 0.9 };
    if (line.file.hasMistralTokens && matchers.families.has("mistral")) return { family: "mistral", confidence: 0.85 };
  }
  // harmony's `<|start|>` in a file with harmony's own tokens (`<|channel|>`, `<|message|>`, round twenty-three's thinking parser).
  if (families.length === 1 && families[0] === "gpt" && options.confidence < settledConfidence && line.file.hasHarmonyTokens && matchers.families.has("gpt")) return { family: "gpt", confidence: settledConfidence };
  return { family: families.find((family) => matchers.families.has(family)), confidence: options.confidence };
}
