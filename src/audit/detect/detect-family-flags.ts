import { evidenceOf, type Detection } from "../detection.js";
import type { AuditMatchers } from "./audit-matchers.js";
import type { LineContext } from "./line-context.js";
import { matchesOf } from "./matches-of.js";

/**
 * A flag named for one family's generation and read in code (`if (modelInfo.isGPT5 && …)`, `const isGemini3 = …`): the code
 * routes parameters or APIs for that family's models (label guide, round twenty-four; round nine's routing lists). The name
 * is `is`, the family word exactly and a version (`isGPT5`, `isClaude4Opus`); without a version (`isCommand`, `isGemmaTermsOfUseAccepted`)
 * it is an English word or another rule's name. Comment lines and strings (log messages naming "GPT-5") are not code.
 */
const familyFlag = /(?<![\w$])is([A-Z][A-Za-z]*?)(\d[A-Za-z0-9_]*)(?![\w$])/g;
const commentLine = /^\s*(?:#|\/\/|\*|\/\*)/;
/** Strings blanked, so a flag's name inside a message is not read as code. */
const quoted = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/g;

export function detectFamilyFlags(line: LineContext, matchers: AuditMatchers): Detection[] {
  if (!(line.role === "source" || line.role === "notebook") || !line.text.includes("is") || commentLine.test(line.text)) return [];
  const code = line.text.replace(quoted, (text) => " ".repeat(text.length));
  for (const match of matchesOf(code, familyFlag)) {
    const family = (match[1] ?? "").toLowerCase();
    if (!matchers.families.has(family)) continue;
    return [{
      line: line.number,
      column: match.index + 1,
      family,
      kind: "model-id",
      match: match[0],
      message: `${match[0]}: code routes on the ${matchers.catalog.family(family)?.name ?? family} generation`,
      evidence: evidenceOf(line.text),
      confidence: 0.7,
      ...(line.cell === undefined ? {} : { cell: line.cell }),
    }];
  }
  return [];
}
