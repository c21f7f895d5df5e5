import { evidenceOf, type Detection } from "../detection.js";
import type { AuditMatchers } from "./audit-matchers.js";
import type { LineContext } from "./line-context.js";
import { matchesOf } from "./matches-of.js";
import { perMatchers } from "./family-word-patterns.js";

/**
 * A flag named for one family's generation and read in code (`if (modelInfo.isGPT5 && …)`, `const isGemini3 = …`): the code
 * routes parameters or APIs for that family's models (label guide, round twenty-four; round nine's routing lists). The name
 * is `is`, the family word exactly and a version (`isGPT5`, `isClaude4Opus`); without a version (`isCommand`, `isGemmaTermsOfUseAccepted`)
 * it is an English word or another rule's name. Comment lines and strings (log messages naming "GPT-5") are not code.
 */
const familyFlag = /(?<![\w$])is([A-Z][A-Za-z]*?)(\d[A-Za-z0-9_]*)(?![\w$])/g;
/** Cheap test first: a line without such a name is not blanked (most lines holding "is" have none). */
const anyFlag = /\bis[A-Z][A-Za-z]*\d/;
const commentLine = /^\s*(?:#|\/\/|\*|\/\*)/;
/** Strings blanked, so a flag's name inside a message is not read as code. */
const quoted = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/g;

/**
 * Hardened after the second review: the family word as the catalog spells it (`GPT`, `Gemini`: `isGlm4` is not `GLM`), and
 * not a family whose keywords are all phrases opening on an English word (`isCommand1`, `isNova2` are the code's own states).
 */
const flagWordsOf = perMatchers((matchers) => {
  const words = new Map<string, string>();
  for (const id of matchers.families) {
    const family = matchers.catalog.family(id);
    if (family === undefined || family.keywords.every((keyword) => keyword.includes(" "))) continue;
    const word = family.name.split(/\s+/).find((part) => part.toLowerCase() === id);
    if (word !== undefined) words.set(word, id);
  }
  return words;
});

export function detectFamilyFlags(line: LineContext, matchers: AuditMatchers): Detection[] {
  if (!(line.role === "source" || line.role === "notebook") || !anyFlag.test(line.text) || commentLine.test(line.text)) return [];
  const code = line.text.replace(quoted, (text) => " ".repeat(text.length));
  for (const match of matchesOf(code, familyFlag)) {
    const family = flagWordsOf(matchers).get(match[1] ?? "");
    if (family === undefined) continue;
    return [{
      line: line.number,
      column: match.index + 1,
      family,
      kind: "config",
      match: match[0],
      message: `${match[0]}: a flag the code routes ${matchers.catalog.family(family)?.name ?? family} models on`,
      evidence: evidenceOf(line.text),
      confidence: 0.7,
      ...(line.cell === undefined ? {} : { cell: line.cell }),
    }];
  }
  return [];
}
